// The toolbar's on-click tools in one file of their own (kit/downloads-loader.ts loads it on the first click of
// any of them): the figure as a slide (SVG, PNG), the table (CSV, JSON), the Embed dialog and Present mode
// (issue 13). One file, one loader and one entry point, `run`: each tool the toolbar adds costs every page only
// its button. It hands them to the page through a global, the one way a script built on its own (Vite's
// `?worker&url`) can.
import type { LinkSource } from './url-state.svelte';
import { downloadSlide, type Draw } from './slide';
import { downloadCsv, downloadJson, type Table } from './download';
import { openEmbed } from './embed-dialog';
import { present } from './present';

/** The toolbar's on-click tools. */
export type Tool = 'svg' | 'png' | 'csv' | 'json' | 'embed' | 'present';

/** What the toolbar passes: the figure's id, its link source (UrlState), chart and table. */
export interface ToolContext {
  id: string;
  source: LinkSource;
  svg: () => SVGSVGElement | null | undefined;
  /** The page's chart registry (kit/chart-registry.ts): the chart's own function, to draw it again for a slide. */
  drawOf: (svg: Element) => Draw | undefined;
  controls: { key: string; label: string }[];
  table: Table;
  meta: Record<string, unknown>;
}

/** Run one tool on the figure as it is now; downloads are named `<id>-<date>`. */
export async function run(tool: Tool, c: ToolContext): Promise<void> {
  const name = `${c.id}-${new Date().toISOString().slice(0, 10)}`;
  const el = c.svg();
  if (tool === 'embed') openEmbed(c.id, c.source.link());
  else if (tool === 'present') await present(c.id);
  else if (tool === 'csv') downloadCsv(c.table, name);
  else if (tool === 'json') downloadJson(c.table, name, c.meta);
  else if (el) {
    const { source } = c;
    await downloadSlide(tool, el, { controls: c.controls, state: source.state ?? {}, hidden: source.hide, link: source.link(), draw: c.drawOf(el) }, name);
  }
}

const downloads = { run };
/** What the loaded script offers. */
export type Downloads = typeof downloads;
(globalThis as unknown as { vgDownloads: Downloads }).vgDownloads = downloads;
