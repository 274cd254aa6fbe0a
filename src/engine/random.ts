// The engine's only source of randomness.
// mulberry32: a 32-bit state PRNG (Tommy Ettinger), pure integer arithmetic via Math.imul and >>> 0,
// so it is bit-identical in every JavaScript engine. Normals by Box–Muller (Math.log, Math.cos,
// Math.sin, Math.sqrt: V8 ships the same fdlibm port in Node and in Chromium).

/** A uniform generator on [0, 1) with 2^-32 resolution, seeded by any number (taken as uint32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return function next(): number {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded uniform and standard-normal draws on top of mulberry32. */
export class Random {
  private readonly next: () => number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Uniform on [0, 1). */
  uniform(): number {
    return this.next();
  }

  /** Uniform on [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** Standard normal N(0, 1) by Box–Muller; the second value of each pair is kept for the next call. */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const u1 = 1 - this.next(); // in (0, 1], so the log is finite
    const u2 = this.next();
    const r = Math.sqrt(-2 * Math.log(u1));
    const theta = 2 * Math.PI * u2;
    this.spare = r * Math.sin(theta);
    this.hasSpare = true;
    return r * Math.cos(theta);
  }

  /** Integer uniform on [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/** Derive an independent stream seed from a base seed and a stream tag (a 32-bit integer mix). */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
