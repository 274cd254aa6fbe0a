// The one Web Worker script of the islands that compute off the main thread (remedies, train). Each island
// starts its own worker from this file and names its role in the worker's name (new Worker(url, { name })), so
// a page holding both fetches the engine and its WebAssembly kernels once, not once per island.
import { serveRemedies } from './remedies/serve-remedies';
import { serveTrain } from './train/serve-train';

/** The roles this worker can take, by worker name. */
export type EngineWorkerRole = 'remedies' | 'train';

const role = (self as unknown as { name: string }).name as EngineWorkerRole;
if (role === 'train') serveTrain();
else if (role === 'remedies') serveRemedies();
else throw new Error(`engine.worker: unknown role ${JSON.stringify(role)} (start it with { name: 'remedies' | 'train' })`);
