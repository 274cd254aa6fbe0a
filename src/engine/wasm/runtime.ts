// The engine's two kernel sets and the WebAssembly side of them (no DOM: runs in Node, pages and workers).
// The JS kernels (gemm-kernels.ts) always work. The WebAssembly SIMD kernels (assembly/gemm.ts, built by
// scripts/build-wasm.ts) run a product only when its three operands are views of one network's own
// WebAssembly.Memory: createNetwork lays a float32 network's buffers out in such a memory (an arena sized for
// it, never grown, so no view is ever detached) and binds an instance of the module to it. So a step copies
// nothing between JS and WebAssembly, a buffer from elsewhere (a caller's input batch, float64) simply takes the
// JS kernels, and a network made while WebAssembly was off keeps the JS kernels for life.
//
// Where the bytes are at hand (Node: kernels-bytes.ts embeds them) the module compiles synchronously at load, so
// the kernels are on from the first network. In a browser the bytes are a .wasm asset (kernels-bytes.browser.ts):
// its fetch and compile start at load, engineReady() resolves when they are done, and networks made before that
// use the JS kernels (the same where a synchronous compile is refused). Where WebAssembly or SIMD is missing, or a
// Content-Security-Policy forbids compiling ('wasm-unsafe-eval' absent), everything runs on the JS kernels.
import { kernelBytes } from './kernels-bytes.ts';

/** Which kernels a network's products run on. */
export type KernelSet = 'wasm' | 'js';
/** setKernels: 'auto' = WebAssembly when available (the default), or force one set. */
export type KernelChoice = 'auto' | KernelSet;

/** What engineReady() and kernelInfo() report. */
export interface KernelInfo {
  /** The kernels new float32 networks get now. */
  active: KernelSet;
  /** Whether the WebAssembly SIMD module compiled here. */
  wasmAvailable: boolean;
  choice: KernelChoice;
  /** Why WebAssembly is not in use, when it is not ('' otherwise). */
  reason: string;
}

/** The exports of assembly/gemm.ts (pointers are byte offsets into the network's memory). */
export interface WasmKernels {
  gemmXN(M: number, N: number, K: number, a: number, ars: number, acs: number, b: number, ldb: number, c: number, acc: number): void;
  gemmNT(M: number, N: number, K: number, a: number, lda: number, b: number, ldb: number, c: number, acc: number): void;
}

// The few WebAssembly JS-API shapes used here (the engine's tsconfig has neither the DOM lib nor Node's types).
interface WasmMemory { readonly buffer: ArrayBuffer }
type WasmModule = object;
interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => { exports: object };
  Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
  compile(bytes: Uint8Array): Promise<WasmModule>;
}

const PAGE_BYTES = 65536;
/** Bytes left free at the start of each memory (address 0 is never a buffer). */
const ARENA_BASE = 64;
/** Every buffer starts on a 16-byte boundary (one v128). */
const ALIGN = 16;

let compiled: WasmModule | null = null;
let failure = '';
let pending: Promise<void> | null = null;
let choice: KernelChoice = initialChoice();
const kernelsByBuffer = new WeakMap<ArrayBuffer, WasmKernels>();

function wasmApi(): WasmApi | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  return api && typeof api.Module === 'function' ? api : null;
}

/** VG_KERNELS=js|wasm|auto in the environment (Node: tests, CLI, bench) sets the starting choice. */
function initialChoice(): KernelChoice {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.VG_KERNELS;
  return env === 'js' || env === 'wasm' ? env : 'auto';
}

function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/** Compile at load: synchronously when the bytes are at hand, else as soon as they arrive. */
function compileAtLoad(): void {
  const api = wasmApi();
  if (!api) { failure = 'WebAssembly is not available here'; return; }
  let bytes: Uint8Array | Promise<Uint8Array>;
  try {
    bytes = kernelBytes();
  } catch (err) {
    failure = errorText(err);
    return;
  }
  if (bytes instanceof Uint8Array) {
    try {
      compiled = new api.Module(bytes);
      return;
    } catch (err) {
      failure = errorText(err);
    }
  }
  failure = failure || 'not compiled yet (await engineReady())';
  pending = Promise.resolve(bytes).then((b) => api.compile(b)).then(
    (m) => { compiled = m; failure = ''; },
    (err: unknown) => { failure = errorText(err); },
  );
}
compileAtLoad();

/**
 * Resolves once the WebAssembly kernels are compiled (at once where the synchronous compile worked) or known to
 * be unavailable; never rejects. Networks created after it resolves get the WebAssembly kernels (unless forced
 * off); every other engine call stays synchronous and works before it too, on the JS kernels.
 */
export function engineReady(): Promise<KernelInfo> {
  return (pending ?? Promise.resolve()).then(kernelInfo);
}

/** The kernels new networks get, and why. */
export function kernelInfo(): KernelInfo {
  const wasmAvailable = compiled !== null;
  const active: KernelSet = wasmAvailable && choice !== 'js' ? 'wasm' : 'js';
  const reason = active === 'wasm' ? '' : choice === 'js' ? 'forced to the JS kernels' : failure || 'not compiled yet (await engineReady())';
  return { active, wasmAvailable, choice, reason };
}

/**
 * Force a kernel set for the networks created from now on, and for the products of existing networks
 * ('js' turns the WebAssembly kernels off everywhere; 'auto' and 'wasm' turn them back on). 'wasm' throws when
 * the module is not compiled here (after engineReady(), kernelInfo().reason says why).
 */
export function setKernels(next: KernelChoice): KernelInfo {
  if (next !== 'auto' && next !== 'js' && next !== 'wasm') throw new RangeError(`kernels must be auto, js or wasm, got ${String(next)}`);
  if (next === 'wasm' && !compiled) throw new Error(`WebAssembly kernels unavailable: ${kernelInfo().reason}`);
  choice = next;
  return kernelInfo();
}

/** The WebAssembly kernels for a product whose three operands live in one network's memory, else null. */
export function wasmFor(a: Float32Array | Float64Array, b: Float32Array | Float64Array, c: Float32Array | Float64Array): WasmKernels | null {
  if (choice === 'js') return null;
  const buf = c.buffer as ArrayBuffer;
  if (a.buffer !== buf || b.buffer !== buf) return null;
  return kernelsByBuffer.get(buf) ?? null;
}

/** A bump allocator of float32 views over one network's memory. */
export interface Arena {
  /** A zero-filled Float32Array of n entries, 16-byte aligned; a plain Float32Array once the arena is full. */
  alloc(n: number): Float32Array;
}

/** Round a float count up to whole 16-byte blocks. */
export function alignedFloats(n: number): number {
  return Math.ceil(n / (ALIGN / 4)) * (ALIGN / 4);
}

/**
 * An arena for `floats` float32 entries (count each buffer with alignedFloats) with an instance of the kernels
 * bound to it; null when the WebAssembly kernels are off or the memory cannot be had (then the JS kernels run).
 */
export function createArena(floats: number): Arena | null {
  const api = wasmApi();
  if (!compiled || !api || choice === 'js') return null;
  const bytes = ARENA_BASE + floats * 4;
  let memory: WasmMemory;
  let kernels: WasmKernels;
  try {
    const pages = Math.ceil(bytes / PAGE_BYTES);
    memory = new api.Memory({ initial: pages, maximum: pages });
    kernels = new api.Instance(compiled, { env: { memory } }).exports as unknown as WasmKernels;
  } catch {
    return null;
  }
  const buffer = memory.buffer;
  kernelsByBuffer.set(buffer, kernels);
  let next = ARENA_BASE;
  return {
    alloc(n: number): Float32Array {
      const size = alignedFloats(n) * 4;
      if (next + size > buffer.byteLength) return new Float32Array(n);
      const view = new Float32Array(buffer, next, n);
      next += size;
      return view;
    },
  };
}
