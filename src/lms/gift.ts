/**
 * Moodle GIFT writer. Pure functions: the export script gives it questions already graded by the
 * engine; this module only knows the format (https://docs.moodle.org/en/GIFT_format).
 */

export interface GiftChoice {
  text: string;
  /** Right per the engine. */
  correct: boolean;
  /** What the learner reads after choosing it. */
  feedback: string;
}

export interface GiftQuestion {
  /** Stable id, used as the question's name in the bank. */
  id: string;
  /** The question text: situation and question. */
  text: string;
  choices: GiftChoice[];
}

export interface GiftCategory {
  /** Category path; `/` separates levels in Moodle. */
  path: string[];
  questions: GiftQuestion[];
}

/**
 * Escapes GIFT's control characters (`~ = # { } :` and the backslash); line breaks become `\n`.
 * GIFT has no escape for `->`, which makes Moodle read a question as a matching one: it becomes `→`.
 */
export function escapeGift(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/->/g, '→')
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .trim();
}

/** A category level may not contain the level separator or a line break. */
const categoryLevel = (level: string): string =>
  level.replace(/\s*[/\r\n]+\s*/g, ' - ').replace(/\s+/g, ' ').trim();

/** Weight of a choice: single right answer uses `=`; several right answers share 100 %. */
function choiceLine(choice: GiftChoice, rightCount: number): string {
  const feedback = choice.feedback ? ` #${escapeGift(choice.feedback)}` : '';
  const text = escapeGift(choice.text);
  if (rightCount <= 1) {
    // GIFT has no escape for `%`: a text that starts with one gets an explicit weight so it is not read as one.
    const weight = text.startsWith('%') ? (choice.correct ? '%100%' : '%0%') : '';
    return `${choice.correct ? '=' : '~'}${weight}${text}${feedback}`;
  }
  const weight = choice.correct ? formatWeight(100 / rightCount) : '-100';
  return `~%${weight}%${text}${feedback}`;
}

/** Moodle accepts only some weights (e.g. 33.33333, 50, 25); five decimals as it writes them. */
const formatWeight = (w: number): string => (Number.isInteger(w) ? String(w) : w.toFixed(5));

export function giftQuestion(q: GiftQuestion): string {
  const rightCount = q.choices.filter((c) => c.correct).length;
  const choices = q.choices.map((c) => `\t${choiceLine(c, rightCount)}`).join('\n');
  return `::${escapeGift(q.id)}::${escapeGift(q.text)} {\n${choices}\n}`;
}

/** A whole GIFT file: a header comment, then each category and its questions, separated by blank lines. */
export function giftFile(title: string, categories: GiftCategory[]): string {
  const header = `// ${title.replace(/[\r\n]+/g, ' ')}\n// Fichier GIFT (Moodle) généré automatiquement : ne pas modifier à la main.`;
  const blocks = categories.flatMap((cat) => [
    `$CATEGORY: ${cat.path.map(categoryLevel).join('/')}`,
    ...cat.questions.map(giftQuestion),
  ]);
  return `${[header, ...blocks].join('\n\n')}\n`;
}
