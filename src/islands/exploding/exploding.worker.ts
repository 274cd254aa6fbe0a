// Web Worker of the exploding island: one float32 network pass plus clipping (~7 ms at depth 100).
import { serveLatest } from '../kit/serve-latest';
import { computeExploding } from '../../sims/exploding/model';
import type { ExplodingState } from '../../sims/exploding/defaults';

serveLatest((s: ExplodingState) => computeExploding(s));
