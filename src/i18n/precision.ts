// Labels and caption sentences of the precision island in both languages (Spanish first): the words live in
// src/i18n/es/precision.ts and src/i18n/en/precision.ts, so that an island bundles only its page's language.
import { strings as es } from './es/precision';
import { strings as en } from './en/precision';

export type PrecisionStrings = typeof es;
/** Labels of the precision island per language. */
export const PRECISION_I18N = { es, en };
