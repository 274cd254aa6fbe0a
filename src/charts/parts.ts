// Partial drawings: a chart function asked for `part: 'lines'` draws only its marks of class `vg-q-…` (Plot's
// mark option className), on the same scales and frame and without axes. An island merges that drawing into the
// chart on the page at once (islands/kit/morph.ts morphParts) and the whole drawing follows a frame later, so a
// slider's step paints its moved lines first (issue 11). The class names are the contract between the two.
import type * as Plot from '@observablehq/plot';

/** The class prefix of a mark a partial drawing holds (islands/kit/morph.ts finds the marks by it). */
export const PART_CLASS = 'vg-q-';

/** What a chart may be asked to draw instead of the whole. */
export type ChartPart = 'lines';

/** The class of a mark that a partial drawing brings forward. */
export function partClass(name: string): string {
  return `${PART_CLASS}${name}`;
}

/** All the marks, or for a partial drawing only those of class vg-q-…. */
export function onlyParts(part: ChartPart | undefined, marks: (Plot.Markish | null)[]): (Plot.Markish | null)[] {
  return part ? marks.filter((m) => (m as { className?: string } | null)?.className?.startsWith(PART_CLASS)) : marks;
}

/** The attribute on a partial drawing's root (its value: the part): how morphParts tells it from a whole one. */
export const PART_ATTR = 'data-part';

/** Marks the root of a partial drawing; a whole one is returned as it is. */
export function markPart<T extends Element>(svg: T, part: ChartPart | undefined): T {
  if (part) svg.setAttribute(PART_ATTR, part);
  return svg;
}

/** Scale options that keep a scale but draw no axis (nor grid) in a partial drawing. */
export function partAxis(part: ChartPart | undefined): { axis?: null; grid?: false } {
  return part ? { axis: null, grid: false } : {};
}
