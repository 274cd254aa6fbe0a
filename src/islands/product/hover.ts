// Pointer position → hidden layer under it, through the live Plot SVG's own x scale (no math of ours).

interface PlotSvg extends SVGSVGElement { scale?: (name: string) => { invert?: (v: number) => number } | undefined }

/** The layer (1..depth) under clientX, or null when the chart is not live yet. */
export function layerAt(host: HTMLElement | undefined, clientX: number, depth: number): number | null {
  const svg = host?.querySelector('svg') as PlotSvg | null | undefined;
  const x = svg?.scale?.('x');
  if (!svg || !x?.invert) return null;
  const rect = svg.getBoundingClientRect();
  const viewWidth = svg.viewBox.baseVal?.width || rect.width;
  const px = ((clientX - rect.left) * viewWidth) / rect.width;
  const l = Math.round(x.invert(px));
  return Math.min(depth, Math.max(1, l));
}
