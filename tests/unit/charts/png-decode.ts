// A PNG reader for the tests (Node's zlib and crc32): checks the signature, each chunk's CRC and the zlib stream,
// and returns the pixels of an 8-bit indexed picture with no filtering, as the charts' PNGs are written.
import { crc32, inflateSync } from 'node:zlib';

export interface DecodedPng { width: number; height: number; rgba(x: number, y: number): number[] }

export function decodePng(url: string): DecodedPng {
  const prefix = 'data:image/png;base64,';
  if (!url.startsWith(prefix)) throw new Error('not a PNG data URL');
  const bytes = Buffer.from(url.slice(prefix.length), 'base64');
  if (!bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))) throw new Error('bad signature');
  const chunks = new Map<string, Buffer>();
  const idat: Buffer[] = [];
  for (let o = 8; o < bytes.length;) {
    const len = bytes.readUInt32BE(o);
    const type = bytes.toString('latin1', o + 4, o + 8);
    const data = bytes.subarray(o + 8, o + 8 + len);
    if (crc32(bytes.subarray(o + 4, o + 8 + len)) !== bytes.readUInt32BE(o + 8 + len)) throw new Error(`bad CRC in ${type}`);
    if (type === 'IDAT') idat.push(data); else chunks.set(type, data);
    o += 12 + len;
  }
  const ihdr = chunks.get('IHDR')!;
  const width = ihdr.readUInt32BE(0), height = ihdr.readUInt32BE(4);
  if (ihdr[8] !== 8 || ihdr[9] !== 3) throw new Error('not 8-bit indexed');
  if (!chunks.has('IEND')) throw new Error('no IEND');
  const raw = inflateSync(Buffer.concat(idat));
  if (raw.length !== height * (width + 1)) throw new Error('wrong image data length');
  const plte = chunks.get('PLTE')!, trns = chunks.get('tRNS') ?? Buffer.alloc(0);
  return {
    width, height,
    rgba(x, y) {
      if (raw[y * (width + 1)] !== 0) throw new Error('filtered scan line');
      const i = raw[y * (width + 1) + 1 + x];
      return [plte[3 * i], plte[3 * i + 1], plte[3 * i + 2], i < trns.length ? trns[i] : 255];
    },
  };
}
