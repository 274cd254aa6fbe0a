// Words of the "gradient components" island, in both languages: es/ and en/ hold the words (an island bundles one language), this file the types.
import { strings as es } from './es/components';
import { strings as en } from './en/components';

/** The numbers a caption quotes, already formatted. */
export interface CaptionParts {
  depth: number; activation: string; init: string; seed: number;
  last: number;
  direction: 'smaller' | 'larger' | 'same' | 'zero';
  orders: string; factor: string; lastMedian: string; weightFactor: string;
}

export const COMPONENTS_I18N = { es, en };

export type ComponentsStrings = typeof es;
