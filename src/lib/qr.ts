// Build time: a QR code of an address as inline SVG (qrcode's own SVG, black on white, with a quiet zone), labelled
// for assistive technology. Medium error correction: a printed and photocopied sheet still scans.
import QRCode from 'qrcode';

/** The QR code of `text` as an <svg> string with role="img" and `label`. */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.trim().replace(/^<svg /, `<svg class="qr" role="img" aria-label="${escaped}" `);
}
