// Chart type grows with the chart (issue 18, item 12): a phone's chart keeps 12 px text, a chart the width of
// the article column (≈ 940 px) gets 14 px, and a wide drawing (a projector, a 1920 px slide) more. The chart
// functions take their font size from here, so the live chart and the build-time SVG follow the same rule, and
// their margins grow with it (grow), so larger tick labels are not cut off.

/** (chart width px, font px): a phone's chart, the article column, a 1920 px drawing; linear between, flat outside. */
export const TYPE_STOPS = [[360, 12], [960, 14], [1920, 20]] as const;

/** The chart text's size in px for a chart drawn `width` px wide, in half-pixel steps (a resize by a few pixels redraws no text). */
export function chartFontSize(width: number): number {
  const [[w0, f0], [w1, f1], [w2, f2]] = TYPE_STOPS;
  const w = Math.min(Math.max(width, w0), w2);
  const px = w < w1 ? f0 + ((w - w0) * (f1 - f0)) / (w1 - w0) : f1 + ((w - w1) * (f2 - f1)) / (w2 - w1);
  return Math.round(px * 2) / 2;
}

/**
 * A length tuned for text of `tunedFor` px (a margin holding tick labels, a line of a legend), grown in
 * proportion when the text is larger; never smaller than tuned.
 */
export function grow(px: number, fontSize: number, tunedFor: number): number {
  return Math.max(px, Math.ceil((px * fontSize) / tunedFor));
}
