// Labels and caption sentences of the memory island (an RNN and a GRU trained to remember the first symbol) in both
// languages, Spanish first: the words live in src/i18n/{es,en}/memory.ts (the island's first paint: an island
// bundles only its page's language) and src/i18n/{es,en}/memory-live.ts (its live charts, loaded with them).
import { strings as es } from './es/memory';
import { strings as en } from './en/memory';
import { live as esLive } from './es/memory-live';
import { live as enLive } from './en/memory-live';

/** The words the island shows from its first paint: the clock's buttons, the controls, titles. */
export type MemoryStrings = typeof es;
/** The words of its live charts, read-outs and caption, loaded with those charts (islands/memory/MemoryLive.svelte). */
export type MemoryLiveStrings = typeof esLive;
/** Labels of the memory island per language. */
export const MEMORY_I18N: Record<'es' | 'en', MemoryStrings> = { es, en };
export const MEMORY_LIVE_I18N: Record<'es' | 'en', MemoryLiveStrings> = { es: esLive, en: enLive };
