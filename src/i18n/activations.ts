// Words of the activation figure, in both languages: es/ and en/ hold the words (an island bundles one language), this file the types.
import { strings as es } from './es/activations';
import { strings as en } from './en/activations';

/** Labels of the activation figure; `en` has the same keys as `es`. */
export const ACTIVATIONS_I18N = { es, en };

/** The strings of one language. */

export type ActivationsStrings = typeof es;
