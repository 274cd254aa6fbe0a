// The one file MDX chapters import their components from (STYLE.md, practice 10).
export { default as ActivationsFigure } from '../figures/ActivationsFigure.astro';
export { default as ProductFigure } from '../figures/ProductFigure.astro';
export { default as ComponentsFigure } from '../figures/ComponentsFigure.astro';
export { default as RemediesFigure } from '../figures/RemediesFigure.astro';
export { default as ExplodingFigure } from '../figures/ExplodingFigure.astro';
export { default as TrainFigure } from '../figures/TrainFigure.astro';
