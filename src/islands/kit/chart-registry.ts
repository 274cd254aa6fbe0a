// Which function drew the live chart in a Chart box, so a download can draw the same chart again at another
// size (the slide export, kit/slide.ts) from the SVG on the page alone.

type Draw = (width: number) => Element;
const draws = new WeakMap<Element, Draw>();

/** Chart.svelte: `box` (the element its SVG is mounted in) is drawn by `draw`. */
export function registerDraw(box: Element, draw: Draw): void {
  draws.set(box, draw);
}

/** The function that drew `svg` (a chart mounted by Chart.svelte), or undefined. */
export function drawOf(svg: Element): Draw | undefined {
  return svg.parentElement ? draws.get(svg.parentElement) : undefined;
}
