// Numbers a chapter's figures and exercises in reading order, so an instructor can say "Figure 1.2" or
// "exercise 1.3": each figure component (`<ProductFigure />`, the static `<SkipDiagram />`) and each exercise
// (`<TryIt>`) gets a `number` prop, "chapter.index", the chapter being the frontmatter's `order` (its place in
// the chapter list; a content test keeps the orders 1, 2, 3, … in both languages). The numbers are computed
// here at every build, never typed, so they cannot drift, and the two languages agree as long as their
// figures and exercises come in the same order (a unit test checks it). Only files under content/ are numbered.

/** MDX components that are figures: the islands' (`…Figure`) and the static ones (`…Diagram`). */
export const FIGURE = /^[A-Z]\w*(Figure|Diagram)$/;
/** The MDX component of an exercise. */
export const EXERCISE = 'TryIt';

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Sets `number` on every figure and exercise under `tree`, in document order; returns what it numbered. */
export function numberChapter(tree, chapter) {
  const figures = [];
  const exercises = [];
  const visit = (node) => {
    if (JSX.has(node.type) && node.name) {
      const list = FIGURE.test(node.name) ? figures : node.name === EXERCISE ? exercises : null;
      if (list) {
        const number = `${chapter}.${list.length + 1}`;
        const id = (node.attributes ?? []).find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        list.push({ name: node.name, id: typeof id === 'string' ? id : undefined, number });
        node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== 'number'),
          { type: 'mdxJsxAttribute', name: 'number', value: number }];
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { figures, exercises };
}

/** remark plugin: numbers the figures and exercises of a chapter (see the top of this file). */
export default function remarkNumbering() {
  return (tree, file) => {
    const path = String(file.path ?? file.history?.[0] ?? '').replaceAll('\\', '/');
    if (!path.includes('/content/')) return;
    const chapter = file.data?.astro?.frontmatter?.order;
    if (!Number.isInteger(chapter)) throw new Error(`${path}: no integer \`order\` in the frontmatter to number its figures`);
    numberChapter(tree, chapter);
  };
}
