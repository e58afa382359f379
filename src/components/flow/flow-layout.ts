/**
 * Lays out the reply flow as a decision chart for an SVG drawn at build time: the yes/no questions
 * as diamonds down a spine, each with its « oui » or « non » branch to the side (the path ends there
 * or rejoins the spine), then the kinds of message as branches off a trunk, then what holds for
 * every reply. Text is 14 px or more at the chart's natural size; the page shows the chart only
 * where it is drawn at that size or larger (narrower screens read the nested list, which is the
 * content). Pure: numbers in, numbers out.
 */
import type { FlowStep, ReplyFlow } from './reply-flow.ts';

/** Width of one column of the chart, in px at natural size. */
export const WIDTH = 640;
const MARGIN = 8;
const PAD = 10;
const GAP = 34;
const SPINE_W = 340;
const SIDE_X = SPINE_W + 2 * MARGIN + 56;
const TRUNK_X = 24;
const BRANCH_X = 44;
export const TITLE_SIZE = 15;
export const BODY_SIZE = 14;
const LINE = 1.3;
/** A diamond holds its text in a centred rectangle of this share of its width and height (0.6 + 0.4 = 1). */
const DIAMOND_TEXT_W = 0.6;
const DIAMOND_TEXT_H = 0.4;

export type Variant = 'start' | 'decision' | 'side-end' | 'side-continue' | 'question' | 'kind' | 'always';

export interface Line {
  text: string;
  /** 'title' (bold), 'body' or 'section' (muted). */
  style: 'title' | 'body' | 'section';
  /** Baseline, absolute. */
  y: number;
  /** Text anchor x, absolute; `centred` lines are drawn with text-anchor="middle". */
  x: number;
  centred: boolean;
}

export interface Box {
  id: string;
  variant: Variant;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: Line[];
}

export interface Label {
  text: string;
  x: number;
  y: number;
}

export interface Layout {
  width: number;
  height: number;
  boxes: Box[];
  /** SVG path data of each arrow (the marker draws the head). */
  arrows: string[];
  /** « Oui » / « Non » beside the arrows they name. */
  labels: Label[];
  /** The trunk that the kinds branch from. */
  trunk: string;
}

/**
 * Splits text into lines of at most `max` characters, at spaces. A word longer than a line is cut
 * (it never overflows the box). Character widths are estimated: the limit leaves room for wide ones.
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    let word = raw;
    while (word.length > max) {
      if (current) {
        lines.push(current);
        current = '';
      }
      lines.push(word.slice(0, max - 1) + '-');
      word = word.slice(max - 1);
    }
    if (!current) current = word;
    else if (current.length + 1 + word.length <= max) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** How many characters fit in `width` at `size` (average glyph about 0.56 em, bold 0.62, rounded down). */
const capacity = (width: number, size: number, bold: boolean): number => Math.floor(width / (size * (bold ? 0.62 : 0.56)));
const sizeOf = (style: Line['style']): number => (style === 'title' ? TITLE_SIZE : BODY_SIZE);

type Part = { text: string; style: Line['style'] };

/** Lines of `parts` wrapped to `width`, from `top`; returns the lines and the height they take. */
function setText(parts: Part[], x: number, top: number, width: number, centred: boolean): { lines: Line[]; height: number } {
  const lines: Line[] = [];
  let cursor = top;
  for (const part of parts) {
    const size = sizeOf(part.style);
    for (const text of wrap(part.text, capacity(width, size, part.style === 'title'))) {
      cursor += size * LINE;
      lines.push({ text, style: part.style, y: cursor - size * 0.3, x: centred ? x + width / 2 : x, centred });
    }
  }
  return { lines, height: cursor - top };
}

function box(id: string, variant: Variant, x: number, y: number, w: number, parts: Part[], centred = false): Box {
  const { lines, height } = setText(parts, x + PAD, y + PAD, w - 2 * PAD, centred);
  return { id, variant, x, y, w, h: height + 2 * PAD, lines };
}

/** A diamond as wide as the spine, tall enough for its question in its centred rectangle. */
function diamond(id: string, x: number, y: number, w: number, question: string): Box {
  const textW = w * DIAMOND_TEXT_W;
  const probe = setText([{ text: question, style: 'title' }], 0, 0, textW, true);
  const h = Math.max(90, Math.ceil(probe.height / DIAMOND_TEXT_H));
  const top = y + (h - probe.height) / 2;
  const { lines } = setText([{ text: question, style: 'title' }], x + (w - textW) / 2, top, textW, true);
  return { id, variant: 'decision', x, y, w, h, lines };
}

export interface FlowWords {
  start: string;
  kindsQuestion: string;
  sectionLabel: (n: string) => string;
  yes: string;
  no: string;
}

const stepParts = (step: FlowStep, words: FlowWords, withTitle: boolean): Part[] => [
  ...(withTitle ? [{ text: step.title, style: 'title' as const }] : []),
  { text: step.action, style: 'body' as const },
  { text: words.sectionLabel(step.section), style: 'section' as const },
];

const down = (x: number, from: number, to: number): string => `M${x} ${from}V${to - 2}`;

const moveDown = (b: Box, top: number): Box => ({ ...b, y: top, lines: b.lines.map((l) => ({ ...l, y: l.y + top - b.y })) });

/**
 * One column for screens, or two for paper (the questions on the left, the kinds of message on the
 * right) so that the chart fits one printed page at a readable size.
 */
export function layoutFlow(flow: ReplyFlow, words: FlowWords, columns: 1 | 2 = 1): Layout {
  const boxes: Box[] = [];
  const arrows: string[] = [];
  const labels: Label[] = [];
  const spineX = MARGIN + SPINE_W / 2;
  let y = MARGIN;

  const start = box('depart', 'start', MARGIN, y, SPINE_W, [{ text: words.start, style: 'title' }], true);
  boxes.push(start);
  let previousBottom = start.y + start.h;
  /** Where an arrow down the spine starts, and the label it carries (the answer that goes on). */
  let pending: { from: number; label?: string } = { from: previousBottom };
  y = previousBottom + GAP;
  /** Side boxes that rejoin the spine above the next element. */
  let rejoin: Box[] = [];

  const enterSpine = (top: number): void => {
    arrows.push(down(spineX, pending.from, top));
    if (pending.label) labels.push({ text: pending.label, x: spineX + 8, y: pending.from + 15 });
    // A side step that carries on joins the spine just above the next element, below the answer's label.
    for (const side of rejoin) arrows.push(`M${side.x + side.w / 2} ${side.y + side.h}V${top - 8}H${spineX + 3}`);
    rejoin = [];
  };

  for (const d of flow.decisions) {
    const node = diamond(d.id, MARGIN, y, SPINE_W, d.question);
    enterSpine(node.y);
    boxes.push(node);
    const sideAnswer = d.branch === 'oui' ? words.yes : words.no;
    const goOnAnswer = d.branch === 'oui' ? words.no : words.yes;
    // The side step is centred on the diamond's « oui »/« non » point, never above the diamond's top.
    const side = box(d.step.id, d.then === 'end' ? 'side-end' : 'side-continue', SIDE_X, 0, WIDTH - MARGIN - SIDE_X, stepParts(d.step, words, d.titled));
    const placed = moveDown(side, Math.max(y, node.y + node.h / 2 - side.h / 2));
    boxes.push(placed);
    const midY = node.y + node.h / 2;
    arrows.push(`M${MARGIN + SPINE_W} ${midY}H${SIDE_X - 2}`);
    labels.push({ text: sideAnswer, x: MARGIN + SPINE_W + 8, y: midY - 8 });
    if (d.then === 'continue') rejoin.push(placed);
    pending = { from: node.y + node.h, label: goOnAnswer };
    y = Math.max(node.y + node.h, placed.y + placed.h) + GAP;
  }

  const question = box('genre', 'question', MARGIN, y, SPINE_W, [{ text: words.kindsQuestion, style: 'title' }], true);
  enterSpine(question.y);
  boxes.push(question);
  const leftBottom = question.y + question.h;

  // The kinds hang off a trunk: below the question (one column) or beside it (two columns).
  const offset = columns === 2 ? WIDTH : 0;
  const trunkX = offset + TRUNK_X;
  let trunkTop: number;
  if (columns === 2) {
    trunkTop = question.y + question.h / 2;
    arrows.push(`M${question.x + question.w} ${trunkTop}H${trunkX}`);
    y = Math.min(MARGIN, trunkTop);
  } else {
    trunkTop = leftBottom;
    y = leftBottom + GAP / 2;
  }
  let trunkBottom = trunkTop;
  let trunkStart = trunkTop;
  for (const step of flow.kinds) {
    const b = box(step.id, 'kind', offset + BRANCH_X, y, WIDTH - MARGIN - BRANCH_X, stepParts(step, words, true));
    const mid = b.y + Math.min(b.h / 2, 22);
    arrows.push(`M${trunkX} ${mid}H${offset + BRANCH_X - 2}`);
    trunkBottom = Math.max(trunkBottom, mid);
    trunkStart = Math.min(trunkStart, mid);
    boxes.push(b);
    y = b.y + b.h + GAP / 2;
  }
  const trunk = `M${trunkX} ${trunkStart}V${trunkBottom}`;

  // « In every case »: under the kinds, in the column that has them.
  // Indented like the kinds: on paper the trunk runs down beside it to the question.
  const always = box(flow.always.id, 'always', offset + BRANCH_X, y + GAP / 2, WIDTH - MARGIN - BRANCH_X, stepParts(flow.always, words, true));
  boxes.push(always);
  const bottom = Math.max(leftBottom, always.y + always.h);

  return { width: WIDTH * columns, height: Math.ceil(bottom + MARGIN), boxes, arrows, labels, trunk };
}
