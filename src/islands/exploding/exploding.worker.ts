// Web Worker of the exploding island: one float32 network pass plus clipping (~15–20 ms at depth 50–100).
import { computeExploding } from '../../sims/exploding/model';
import type { ExplodingState } from '../../sims/exploding/defaults';

self.onmessage = (e: MessageEvent<ExplodingState>) => {
  self.postMessage(computeExploding(e.data));
};
