// Labels of the shared island kit (toolbar, lesson-link builder, data table, notices), in both languages: es/ and en/ hold the words (an island bundles one language), this file the types.
import { strings as es } from './es/kit';
import { strings as en } from './en/kit';

/** Kit labels; `en` has the same shape as `es`. */
export const KIT = { es, en };


export type KitLabels = typeof es;

// formatNotice (a notice as a sentence) lives in notice.ts, which bundles no words of its own.
export { formatNotice } from './notice';
