// The one file MDX chapters import their components from (STYLE.md, practice 10).
export { default as ActivationsFigure } from '../figures/ActivationsFigure.astro';
export { default as ProductFigure } from '../figures/ProductFigure.astro';
export { default as ComponentsFigure } from '../figures/ComponentsFigure.astro';
export { default as RemediesFigure } from '../figures/RemediesFigure.astro';
export { default as ExplodingFigure } from '../figures/ExplodingFigure.astro';
export { default as PrecisionFigure } from '../figures/PrecisionFigure.astro';
export { default as PhaseFigure } from '../figures/PhaseFigure.astro';
export { default as RecurrentFigure } from '../figures/RecurrentFigure.astro';
export { default as MemoryFigure } from '../figures/MemoryFigure.astro';
export { default as TrainFigure } from '../figures/TrainFigure.astro';
// Static figures (no island).
export { default as SkipDiagram } from '../figures/SkipDiagram.astro';
// Prose components (chapters).
export { default as TryIt } from './TryIt.astro';
export { default as Cite } from './Cite.astro';
export { default as References } from './References.astro';
export { default as BeyondLecture } from './BeyondLecture.astro';
export { default as CiteThisPage } from './CiteThisPage.astro';
export { default as ReportError } from './ReportError.astro';
export { default as ChapterEnd } from './ChapterEnd.astro';
