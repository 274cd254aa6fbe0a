// Chart type grows with the chart (issue 18, item 12): a phone's chart keeps 12 px text, a chart the width of
// the article column (≈ 940 px) gets 14 px, and a wide drawing (a projector, a 1920 px slide) more. The chart
// functions take their font size from here, so the live chart and the build-time SVG follow the same rule, and
// their margins grow with it (grow), so larger tick labels are not cut off.

/** (chart width px, font px) stops; linear between them, flat outside. */
export const TYPE_STOPS: readonly (readonly [number, number])[] = [[360, 12], [960, 14], [1920, 20]];
/** Font sizes are rounded to this step (px), so a resize by a few pixels redraws no text. */
const STEP = 0.5;

/** The chart text's size in px for a chart drawn `width` px wide. */
export function chartFontSize(width: number): number {
  const stops = TYPE_STOPS;
  let px = stops[0][1];
  if (width >= stops[stops.length - 1][0]) px = stops[stops.length - 1][1];
  else {
    for (let i = 1; i < stops.length; i++) {
      const [w0, f0] = stops[i - 1];
      const [w1, f1] = stops[i];
      if (width >= w0 && width < w1) { px = f0 + ((width - w0) / (w1 - w0)) * (f1 - f0); break; }
    }
  }
  return Math.round(px / STEP) * STEP;
}

/**
 * A length tuned for text of `tunedFor` px (a margin holding tick labels, a line of a legend), grown in
 * proportion when the text is larger; never smaller than tuned.
 */
export function grow(px: number, fontSize: number, tunedFor: number): number {
  return Math.max(px, Math.ceil((px * fontSize) / tunedFor));
}
