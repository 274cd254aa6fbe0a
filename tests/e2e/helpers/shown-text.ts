// What a reader's browser shows of a string with script markup (σ_w, W_hh: kit/MathText.svelte draws the w and hh
// as <sub>): the text content, without the markup. Locators and expected captions go through it.
import { mathSegments } from '../../../src/charts/math-label';

export const shownText = (s: string): string => mathSegments(s).map((seg) => seg.text).join('');
