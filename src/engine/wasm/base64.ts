// Base64 to bytes, for the kernels' module embedded as text (no atob: the engine runs without DOM or Node types).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The bytes of a standard base64 string (padding '=' allowed; any other character is a RangeError). */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0, value = 0, o = 0;
  for (let i = 0; i < clean.length; i++) {
    const d = ALPHABET.indexOf(clean[i]);
    if (d < 0) throw new RangeError(`not base64 at ${i}: ${JSON.stringify(clean[i])}`);
    value = (value << 6) | d;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
