// A URL notice as a sentence in the reader's language, from the kit's words of that language (i18n/es|en/kit.ts).
// Apart from kit.ts so that importing it bundles neither language's words.
import type { Notice } from '../sims/url-state';
import type { KitLabels } from './kit';

/** One notice as a sentence in the reader's language. */
export function formatNotice(n: Notice, labels: KitLabels): string {
  const raw = n.raw.length > 40 ? `${n.raw.slice(0, 40)}…` : n.raw;
  return labels.reasons[n.reason]
    .replace('{key}', n.key).replace('{raw}', raw).replace('{used}', n.used);
}
