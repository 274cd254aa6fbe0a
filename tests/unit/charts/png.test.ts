// The charts' PNG writer: what it writes decodes (Node's zlib, each chunk's CRC) to the pixels and palette given,
// index 0 transparent, also past one stored deflate block (64 KiB).
import { describe, expect, it } from 'vitest';
import { indexedPng, rgbBytes } from '../../../src/charts/png';
import { decodePng } from './png-decode';

describe('indexedPng', () => {
  it('decodes to the given pixels, index 0 transparent and the others opaque', () => {
    const palette = Uint8Array.from([0, 0, 0, 255, 0, 0, 0, 128, 255]);
    const png = decodePng(indexedPng(3, 2, Uint8Array.from([0, 1, 2, 2, 1, 0]), palette));
    expect([png.width, png.height]).toEqual([3, 2]);
    expect(png.rgba(0, 0)[3]).toBe(0);
    expect(png.rgba(1, 0)).toEqual([255, 0, 0, 255]);
    expect(png.rgba(2, 0)).toEqual([0, 128, 255, 255]);
    expect(png.rgba(0, 1)).toEqual([0, 128, 255, 255]);
  });
  it('writes pictures larger than one stored block', () => {
    const w = 300, h = 300;
    const px = Uint8Array.from({ length: w * h }, (_, i) => i % 2);
    const png = decodePng(indexedPng(w, h, px, Uint8Array.from([0, 0, 0, 9, 8, 7])));
    expect(png.rgba(w - 1, h - 1)).toEqual([9, 8, 7, 255]);
    expect(png.rgba(w - 2, h - 1)[3]).toBe(0);
  });
  it('refuses pixels that are not width × height', () => {
    expect(() => indexedPng(2, 2, new Uint8Array(3), new Uint8Array(3))).toThrow(RangeError);
  });
  it('reads the colours d3 schemes return', () => {
    expect(rgbBytes('#450457')).toEqual([0x45, 0x04, 0x57]);
    expect(rgbBytes('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(() => rgbBytes('var(--c-shade)')).toThrow(RangeError);
  });
});
