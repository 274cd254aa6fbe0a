// The kit's words (toolbar, notices, lesson links, data table) reach its components through Svelte context, set
// once by the island: an island that bundles one language (islands/en/, islands/es/) then carries only that
// language's kit words too (the /problem/ page's JavaScript budget, issue 11).
//   setKitLabels(kit);          // in the island, during init
//   const t = kitLabels();      // in a kit component
import { getContext, setContext } from 'svelte';
import type { KitLabels } from '../../i18n/kit';

const KEY = Symbol('kit-labels');

export function setKitLabels(labels: KitLabels): void {
  setContext(KEY, labels);
}

export function kitLabels(): KitLabels {
  const labels = getContext<KitLabels | undefined>(KEY);
  if (!labels) throw new Error('kit component outside an island: no setKitLabels() above it');
  return labels;
}
