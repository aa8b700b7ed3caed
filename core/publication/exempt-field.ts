// The one reading of an agenda item's exempt field (`exemptParagraph` in the
// saved JSON), shared by the editor's outline and banner, the reader the
// exporters and checks use, and the checks' message. It fails closed: null
// (or a file that never had the field) is a public item; anything else is an
// exempt item, and only "1" to "7" (with an optional letter, "3a") is a valid
// Schedule 12A paragraph. An empty string, a number or a stray value in a
// hand-edited file keeps the item out of the public version and is reported,
// rather than publishing the whole item.

/** A Schedule 12A paragraph as councils cite it: 1 to 7, sometimes with a sub-letter. */
const VALID_PARAGRAPH = /^[1-7][a-z]?$/i;

export type ExemptField =
  | { exempt: false }
  /** `problem` says in plain words what is wrong with the stored value, or is null when it names a paragraph 1 to 7. */
  | { exempt: true; paragraph: string; problem: string | null };

function describe(value: unknown): string {
  if (typeof value === 'string') return value.trim() ? `“${value.trim()}”` : 'empty';
  if (typeof value === 'number' || typeof value === 'boolean') return `${String(value)} (a ${typeof value}, not text)`;
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

export function readExemptField(value: unknown): ExemptField {
  if (value === null || value === undefined) return { exempt: false };
  const text = typeof value === 'string' ? value.trim() : '';
  if (VALID_PARAGRAPH.test(text)) return { exempt: true, paragraph: text, problem: null };
  return {
    exempt: true,
    paragraph: text,
    problem: `its exempt paragraph is ${describe(value)}, not a paragraph of Schedule 12A (1 to 7)`,
  };
}

/** True when the item must be kept out of the public version. */
export function isExemptField(value: unknown): boolean {
  return readExemptField(value).exempt;
}

/** True when a paragraph as printed names one of Schedule 12A's seven paragraphs. */
export function isValidExemptParagraph(paragraph: string): boolean {
  return VALID_PARAGRAPH.test(paragraph.trim());
}
