// Words of the product island (equation (4)), in both languages: es/ and en/ hold the words (an island bundles one language), this file the types.
import type { Float32Kind } from '../sims/product/model';
import { strings as es } from './es/product';
import { strings as en } from './en/product';

/** The numbers a caption quotes, already formatted (src/sims/product/caption.ts). */
export interface ProductCaptionParts {
  depth: number; activation: string; init: string; seed: number;
  product: string; bound: string; float32: string; float32Kind: Float32Kind; delta: string; chi1: string;
}

/** Labels of the product island; `en` has the same shape as `es`. */
export const PRODUCT_I18N = { es, en };

export type ProductStrings = typeof es;
