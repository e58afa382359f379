/**
 * Every section of Politique n° CE-2019-0040, by number, with the fingerprint of its official words
 * (`sectionHash` in test/support/official-text.ts: sha256 of the whitespace-collapsed text, 16 hex).
 * A test recomputes them from the reference copy and names the rules to review when one differs.
 * Headings 3 and 4 have no words of their own (the hash of the empty text).
 */
export const sections = {
  '1': { textHash: '6d7741f39c651199' },
  '1.1': { textHash: 'd27f94eb960851b9' },
  '2': { textHash: 'ea4319ee25532095' },
  '2.1': { textHash: '7a50bd1e905016d7' },
  '3': { textHash: 'e3b0c44298fc1c14' },
  '3.1': { textHash: 'cbe6d01017ea1904' },
  '3.1.1': { textHash: '2ba8f9a4768f1932' },
  '3.1.2': { textHash: '87c57506f2ca390f' },
  '3.1.3': { textHash: '30e9493ba0e16a92' },
  '3.1.4': { textHash: '0a6ec874d01cc991' },
  '3.1.5': { textHash: '442f180a0b47fa42' },
  '3.1.6': { textHash: 'ba02def2b0cfab73' },
  '3.2': { textHash: 'e936102e6366009f' },
  '3.3': { textHash: '15af7ee9ac4e04f4' },
  '4': { textHash: 'e3b0c44298fc1c14' },
  '4.1': { textHash: '80244bcc26709755' },
  '4.2': { textHash: '3881d57c27451c25' },
  '4.3': { textHash: 'eef1c198aac3c2ca' },
  '5': { textHash: 'b0cb455bbac0d9ec' },
  '6': { textHash: '43dfe35de5786123' },
} as const satisfies Record<string, { textHash: string }>;

/** A section number of the policy. */
export type SectionNumber = keyof typeof sections;

/** The section numbers, in the policy's order (Object.keys would put '1', '2'… first: integer-like keys). */
export const sectionNumbers: readonly SectionNumber[] = [
  '1', '1.1', '2', '2.1', '3', '3.1', '3.1.1', '3.1.2', '3.1.3', '3.1.4', '3.1.5', '3.1.6', '3.2', '3.3', '4', '4.1', '4.2', '4.3', '5', '6',
];

/** True when `value` is a section number of the policy. */
export const isSection = (value: unknown): value is SectionNumber =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(sections, value);
