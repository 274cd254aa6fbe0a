// The seed band of the product island, off the main thread (BAND_SEEDS forward/backward passes).
import { serveLatest } from '../kit/serve-latest';
import { productBand } from '../../sims/product/model';
import type { ProductState } from '../../sims/product/state';

serveLatest((s: ProductState) => productBand(s));
