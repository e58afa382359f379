/**
 * Lays out the reply flow as a vertical chart for an SVG drawn at build time: boxes stacked in one
 * column (readable on a phone, the viewBox scales), text wrapped to the box, arrows between boxes,
 * and the kinds of message as branches off a trunk on the left. Pure: numbers in, numbers out.
 */
import type { FlowStep, ReplyFlow } from './reply-flow.ts';

export const WIDTH = 360;
const MARGIN = 8;
const PAD = 8;
const GAP = 22;
const TRUNK_X = 16;
const BRANCH_X = 32;
const TITLE_SIZE = 14;
const BODY_SIZE = 12.5;
const LINE = 1.3;

export type Variant = 'start' | 'check' | 'question' | 'kind' | 'always';

export interface Line {
  text: string;
  /** 'title' (bold), 'body' or 'section' (small, muted). */
  style: 'title' | 'body' | 'section';
  /** Baseline, absolute. */
  y: number;
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

export interface Layout {
  width: number;
  height: number;
  boxes: Box[];
  /** SVG path data of each arrow (the marker draws the head). */
  arrows: string[];
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

function box(id: string, variant: Variant, x: number, y: number, w: number, parts: Array<{ text: string; style: Line['style'] }>): Box {
  const lines: Line[] = [];
  let cursor = y + PAD;
  for (const part of parts) {
    const size = part.style === 'title' ? TITLE_SIZE : BODY_SIZE;
    for (const text of wrap(part.text, capacity(w - 2 * PAD, size, part.style === 'title'))) {
      cursor += size * LINE;
      lines.push({ text, style: part.style, y: cursor - size * 0.3 });
    }
  }
  return { id, variant, x, y, w, h: cursor - y + PAD, lines };
}

const stepParts = (step: FlowStep, sectionLabel: (n: string) => string) => [
  { text: step.title, style: 'title' as const },
  { text: step.action, style: 'body' as const },
  { text: sectionLabel(step.section), style: 'section' as const },
];

const down = (x: number, from: number, to: number): string => `M${x} ${from}V${to - 2}`;

/**
 * One column for screens (phones first), or two for paper: the checks on the left, the kinds of
 * message on the right, so that the chart fits one printed page at a readable size.
 */
export function layoutFlow(
  flow: ReplyFlow,
  words: { start: string; kindsQuestion: string; sectionLabel: (n: string) => string },
  columns: 1 | 2 = 1,
): Layout {
  const boxes: Box[] = [];
  const arrows: string[] = [];
  const fullW = WIDTH - 2 * MARGIN;
  const centre = WIDTH / 2;
  let y = MARGIN;

  const stack = (b: Box): void => {
    if (boxes.length > 0) arrows.push(down(centre, y - GAP, b.y));
    boxes.push(b);
    y = b.y + b.h + GAP;
  };

  stack(box('depart', 'start', MARGIN, y, fullW, [{ text: words.start, style: 'title' }]));
  for (const step of flow.checks) stack(box(step.id, 'check', MARGIN, y, fullW, stepParts(step, words.sectionLabel)));
  stack(box('genre', 'question', MARGIN, y, fullW, [{ text: words.kindsQuestion, style: 'title' }]));
  const question = boxes[boxes.length - 1]!;

  // The kinds hang off a trunk: below the question (one column) or beside it (two columns).
  const offset = columns === 2 ? WIDTH : 0;
  const trunkX = offset + TRUNK_X;
  let leftBottom = y - GAP;
  let trunkTop: number;
  if (columns === 2) {
    trunkTop = Math.min(MARGIN + 22, question.y + question.h / 2);
    arrows.push(`M${question.x + question.w} ${question.y + question.h / 2}H${trunkX}`);
    y = MARGIN;
  } else {
    trunkTop = y - GAP;
    y -= GAP / 2;
  }
  let trunkBottom = Math.max(trunkTop, columns === 2 ? question.y + question.h / 2 : trunkTop);
  for (const step of flow.kinds) {
    const b = box(step.id, 'kind', offset + BRANCH_X, y, WIDTH - MARGIN - BRANCH_X, stepParts(step, words.sectionLabel));
    const mid = b.y + Math.min(b.h / 2, 22);
    arrows.push(`M${trunkX} ${mid}H${offset + BRANCH_X - 2}`);
    trunkBottom = Math.max(trunkBottom, mid);
    boxes.push(b);
    y = b.y + b.h + GAP / 2;
  }
  const trunk = `M${trunkX} ${trunkTop}V${trunkBottom}`;

  // « In every case »: under the kinds (one column) or under the checks (two columns).
  const alwaysY = columns === 2 ? leftBottom + GAP : y + GAP / 2;
  const always = box(flow.always.id, 'always', MARGIN, alwaysY, fullW, stepParts(flow.always, words.sectionLabel));
  boxes.push(always);
  leftBottom = always.y + always.h;
  const bottom = columns === 2 ? Math.max(leftBottom, y - GAP / 2) : leftBottom;

  return { width: WIDTH * columns, height: Math.ceil(bottom + MARGIN), boxes, arrows, trunk };
}
