// The exercises of a chapter, read from its MDX as the build parses it: each `<TryIt>`'s id, island, state,
// number ("1.3", from remark-numbering.mjs's numberChapter, so "Exercise 1.3" is the chapter's own), what it
// teaches (its `teaches` attribute), and its question and answer as Markdown source. The handouts and the
// instructors' table are built from this, so they follow the chapters.
import { createProcessor } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { numberChapter, EXERCISE, FIGURE } from './remark-numbering.mjs';

/** A value an exercise's state may hold. */
export type StateValue = string | number | boolean;

/** One exercise as written in the chapter. */
export interface ExerciseSource {
  id: string;
  island: string;
  state: Record<string, StateValue>;
  /** "1.3": chapter, then place in the chapter */
  number: string;
  /** what the exercise teaches, one short phrase */
  teaches: string;
  /** the question, Markdown with inline math and `<Cite … />` */
  question: string;
  /** the answer (the `<div slot="answer">`'s content), Markdown */
  answer: string;
}

/** A numbered figure: its component name (`ProductFigure`) and number. */
export interface FigureSource { name: string; number: string }

interface Pos { start: { offset?: number }; end: { offset?: number } }
interface Attr { type: string; name: string; value: unknown }
interface Node { type: string; name?: string; attributes?: Attr[]; children?: Node[]; position?: Pos; data?: { estree?: unknown } }
interface Estree { type: string; [k: string]: unknown }

const parser = createProcessor({ remarkPlugins: [remarkMath] });

/** The value of a literal expression (a number, string, boolean, or a negated number): the exercises' states. */
export function literalValue(node: Estree): StateValue {
  if (node.type === 'Literal' && ['string', 'number', 'boolean'].includes(typeof node.value)) return node.value as StateValue;
  if (node.type === 'UnaryExpression' && node.operator === '-' && (node.argument as Estree).type === 'Literal'
    && typeof (node.argument as Estree).value === 'number') return -((node.argument as Estree).value as number);
  throw new Error(`an exercise's state holds only literals, not ${node.type}`);
}

/** An object literal of literals (`{ depth: 30, activation: 'sigmoid' }`) from its estree Program. */
export function objectLiteral(program: Estree): Record<string, StateValue> {
  const body = program.body as Estree[] | undefined;
  const expr = body?.[0]?.type === 'ExpressionStatement' ? (body[0].expression as Estree) : null;
  if (!expr || expr.type !== 'ObjectExpression') throw new Error('an exercise\'s state is an object literal');
  const out: Record<string, StateValue> = {};
  for (const p of expr.properties as Estree[]) {
    if (p.type !== 'Property' || p.computed) throw new Error('an exercise\'s state has plain keys only');
    const key = p.key as Estree;
    const name = key.type === 'Identifier' ? String(key.name) : String(key.value);
    out[name] = literalValue(p.value as Estree);
  }
  return out;
}

/** The text of a string attribute of a JSX node, or ''. */
function stringAttr(node: Node, name: string): string {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : '';
}

/** The source of `nodes`, each cut out of `src` by its position, separated by blank lines. */
function sourceOf(nodes: Node[], src: string): string {
  return nodes.map((n) => src.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0).trim()).filter(Boolean).join('\n\n');
}

const isAnswer = (n: Node) => (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && stringAttr(n, 'slot') === 'answer';

/** The figures and exercises of a chapter's MDX body (no frontmatter), numbered as the build numbers them. */
export function chapterParts(body: string, order: number): { figures: FigureSource[]; exercises: ExerciseSource[] } {
  const tree = parser.parse(body) as unknown as Node;
  const numbered = numberChapter(tree, order) as { figures: { name: string; number: string }[] };
  const exercises: ExerciseSource[] = [];
  const visit = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === EXERCISE) {
      const stateAttr = node.attributes?.find((a) => a.name === 'state');
      const estree = (stateAttr?.value as { data?: { estree?: Estree } } | undefined)?.data?.estree;
      const children = node.children ?? [];
      const answer = children.find(isAnswer);
      exercises.push({
        id: stringAttr(node, 'id'), island: stringAttr(node, 'island'), state: estree ? objectLiteral(estree) : {},
        number: stringAttr(node, 'number'), teaches: stringAttr(node, 'teaches'),
        question: sourceOf(children.filter((c) => !isAnswer(c)), body),
        answer: answer ? sourceOf(answer.children ?? [], body) : '',
      });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { figures: numbered.figures.filter((f) => FIGURE.test(f.name)).map(({ name, number }) => ({ name, number })), exercises };
}
