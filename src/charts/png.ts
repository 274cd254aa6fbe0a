// A small indexed-colour PNG as a data: URL, with no DOM and no canvas, so a chart can place a raster in its SVG
// the same way in the browser and at build time (the memory island's heat maps: one pixel per cell, one <image>
// instead of hundreds of rectangles). Format (PNG spec, ISO/IEC 15948): signature, IHDR (colour type 3, 8 bits),
// PLTE, tRNS (palette index 0 transparent), IDAT (a zlib stream of stored, uncompressed deflate blocks: the
// pictures are a few kilobytes and the page's transfer is compressed anyway), IEND; each chunk with its CRC-32.

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
/** Largest stored deflate block (RFC 1951 §3.2.4). */
const STORED_MAX = 65535;

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array, from: number, to: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = from; i < to; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** zlib (RFC 1950) around stored deflate blocks. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / STORED_MAX));
  const out = new Uint8Array(2 + raw.length + blocks * 5 + 4);
  out[0] = 0x78; out[1] = 0x01;
  let o = 2;
  for (let b = 0; b < blocks; b++) {
    const start = b * STORED_MAX, len = Math.min(STORED_MAX, raw.length - start);
    out[o++] = b === blocks - 1 ? 1 : 0;
    out[o++] = len & 0xff; out[o++] = len >>> 8;
    out[o++] = ~len & 0xff; out[o++] = (~len >>> 8) & 0xff;
    out.set(raw.subarray(start, start + len), o);
    o += len;
  }
  let a = 1, s = 0;
  for (let i = 0; i < raw.length; i++) { a = (a + raw[i]) % 65521; s = (s + a) % 65521; }
  const adler = ((s << 16) | a) >>> 0;
  out[o++] = adler >>> 24; out[o++] = (adler >>> 16) & 0xff; out[o++] = (adler >>> 8) & 0xff; out[o] = adler & 0xff;
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/**
 * An indexed PNG: `pixels` row-major width × height palette indexes, `palette` r, g, b bytes per index (at most
 * 256 entries); index 0 is transparent, every other index opaque. Returns a data:image/png;base64 URL.
 */
export function indexedPng(width: number, height: number, pixels: Uint8Array, palette: Uint8Array): string {
  if (width < 1 || height < 1 || pixels.length !== width * height) throw new RangeError('indexedPng: pixels must be width × height');
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width); v.setUint32(4, height);
  ihdr[8] = 8; ihdr[9] = 3; // 8-bit palette indexes; compression, filter, interlace: 0
  // every scan line starts with filter type 0 (none)
  const raw = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const parts = [Uint8Array.from(SIGNATURE), chunk('IHDR', ihdr), chunk('PLTE', palette), chunk('tRNS', Uint8Array.of(0)),
    chunk('IDAT', zlibStored(raw)), chunk('IEND', new Uint8Array(0))];
  let bin = '';
  for (const p of parts) for (let i = 0; i < p.length; i += 4096) bin += String.fromCharCode(...p.subarray(i, i + 4096));
  return `data:image/png;base64,${btoa(bin)}`;
}

/** r, g, b of a CSS colour written as #rrggbb or rgb(r, g, b) (what d3's colour schemes return). */
export function rgbBytes(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const rgb = /^rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$/.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new RangeError(`rgbBytes: not #rrggbb or rgb(): ${color}`);
}
