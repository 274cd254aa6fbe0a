// The downloads' own file (kit/downloads-loader.ts loads it on the first click): the figure as a slide (SVG,
// PNG) and the table (CSV, JSON). It hands them to the page through a global, the one way a script built on its
// own (Vite's `?worker&url`) can.
import { downloadSlide } from './slide';
import { downloadCsv, downloadJson } from './download';

const downloads = { downloadSlide, downloadCsv, downloadJson };
/** What the loaded script offers. */
export type Downloads = typeof downloads;
(globalThis as unknown as { vgDownloads: Downloads }).vgDownloads = downloads;
