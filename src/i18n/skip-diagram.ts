// Words of the skip-layer diagram (the lecture's figure "Salto de capa (Skip layer)"), in both languages (en
// typed as the es shape). Captions mark mathematics with $…$ (typeset by KaTeX at build time); the SVG's title
// and description are plain text for assistive technology, so they name the matrices in words.
import type { Lang } from './paths';

const es = {
  /** the diagram's accessible name */
  title: 'Salto de capa (skip layer), dibujado a partir de la ecuación de la clase',
  /** what the diagram shows, read top to bottom */
  desc: 'Se lee de arriba abajo. La activación de la capa l−2 se multiplica por los pesos W(l−2), se le suma el sesgo B(l−2) '
    + 'y pasa por g: esa es la capa l−1. Su activación se multiplica por los pesos W(l−1) y se le suma el sesgo B(l−1). '
    + 'Una conexión de salto, dibujada a trazos, sale de la activación de la capa l−2, rodea la capa l−1, '
    + 'se multiplica por sus propios pesos W(l−2,l) y entra en esa misma suma, antes de g. '
    + 'g aplicada a la suma da la activación de la capa l.',
  /** the visible caption */
  caption: 'Salto de capa (*skip layer*): la figura de la clase, dibujada a partir de su ecuación. La activación $A^{(l-2)}$ llega a la capa $l$ por dos caminos: '
    + 'a través de la capa ${l-1}$ y por el salto (a trazos), donde se multiplica por $W^{(l-2,l)}$. '
    + 'Los dos entran en la misma suma, antes de $g$: '
    + '$Z^{(l)} = A^{(l-1)} W^{(l-1)} + B^{(l-1)} + A^{(l-2)} W^{(l-2,l)}$ y $A^{(l)} = g\\!\\left(Z^{(l)}\\right)$.',
  /** labels beside the two g boxes and on the skip */
  layer: 'capa',
  skip: 'salto',
};

const en: typeof es = {
  title: 'Skip layer, drawn from the lecture’s equation',
  desc: 'Read from top to bottom. The activation of layer l−2 is multiplied by the weights W(l−2), added to the bias B(l−2) '
    + 'and passed through g: that is layer l−1. Its activation is multiplied by the weights W(l−1) and added to the bias B(l−1). '
    + 'A skip connection, drawn dashed, leaves the activation of layer l−2, goes around layer l−1, '
    + 'is multiplied by its own weights W(l−2,l) and enters that same sum, before g. '
    + 'g applied to the sum gives the activation of layer l.',
  caption: 'Skip layer: the lecture’s figure, drawn from its equation. The activation $A^{(l-2)}$ reaches layer $l$ along two paths: '
    + 'through layer ${l-1}$, and along the skip (dashed), where it is multiplied by $W^{(l-2,l)}$. '
    + 'Both enter the same sum, before $g$: '
    + '$Z^{(l)} = A^{(l-1)} W^{(l-1)} + B^{(l-1)} + A^{(l-2)} W^{(l-2,l)}$ and $A^{(l)} = g\\!\\left(Z^{(l)}\\right)$.',
  layer: 'layer',
  skip: 'skip',
};

export type SkipDiagramWords = typeof es;
export const SKIP_DIAGRAM_I18N: Record<Lang, SkipDiagramWords> = { es, en };
