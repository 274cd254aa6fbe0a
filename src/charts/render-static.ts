// Build time: draw a chart function with linkedom's document and return its SVG markup, for the figure to
// place inside its island (as the island's slot child, STACK.md trap 3) so the figure exists without JavaScript.
import { parseHTML } from 'linkedom';

/** A chart spec: model and options in, an SVG element out. */
export type ChartFn<M, O extends { width: number; document?: Document }> = (model: M, opts: O) => SVGElement | HTMLElement;

/** A fresh server-side document (one per render: charts append nothing to it, but keep renders independent). */
export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

/** The SVG markup of `chart(model, opts)` drawn with a linkedom document. */
export function renderStatic<M, O extends { width: number; document?: Document }>(
  chart: ChartFn<M, O>, model: M, opts: Omit<O, 'document'>,
): string {
  const document = serverDocument();
  const el = chart(model, { ...opts, document } as O);
  return el.outerHTML;
}
