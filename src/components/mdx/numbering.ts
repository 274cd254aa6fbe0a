// The anchors and labels of numbered figures and exercises. The numbers themselves ("1.2": chapter, then place
// in the chapter) are set at build time by src/lib/remark-numbering.mjs as each component's `number` prop.
import { CHAPTERS } from '../../i18n/chapters';
import type { Lang } from '../../i18n/paths';

export type NumberedKind = 'figure' | 'exercise';

/** `figure-1-2`, `exercise-1-3`: the anchor of a numbered figure or exercise, the same in both languages. */
export function numberAnchor(kind: NumberedKind, number: string): string {
  return `${kind}-${number.replaceAll('.', '-')}`;
}

/** "Figura 1.2", "Exercise 1.3": the visible name of a numbered figure or exercise. */
export function numberLabel(lang: Lang, kind: NumberedKind, number: string): string {
  return `${CHAPTERS[lang][kind]} ${number}`;
}
