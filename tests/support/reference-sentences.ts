// Compares exported minutes with a council's published minutes sentence by
// sentence: both are normalised (spaces, dashes, quotes and apostrophes) and
// each reference sentence must appear in the export verbatim. Sentences known
// to differ are listed with their reason; one that starts matching is
// reported, so the list is emptied as the product catches up. Whatever the
// clerk typed must be printed verbatim whatever the house style.

/** One space between words, every dash a hyphen with a space either side, straight quotes. */
export function normaliseSentence(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s*[\u2010-\u2015\u2212-]\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A paragraph's sentences: split after . ! or ? and a space before a capital, but not after an initial ("J.P. Anderson"). */
export function sentencesOf(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]["'\u2019\u201D)]?\s+(?=["'\u2018\u201C(]?[A-Z0-9])/g)) {
    const end = match.index + match[0].trimEnd().length;
    if (/(^|[\s.])[A-Z]\.$/.test(text.slice(start, end))) continue;
    sentences.push(text.slice(start, end));
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences;
}

export interface KnownDifference {
  sentence: string;
  reason: string;
}

/**
 * The reference's sentences missing from `printed`, and the known differences that now match (to be
 * taken off the list). Known differences are left out of `missing`.
 */
export function compareWithReference(printed: string, paragraphs: readonly string[], knownDifferences: readonly KnownDifference[]) {
  const text = normaliseSentence(printed);
  const known = new Set(knownDifferences.map((difference) => normaliseSentence(difference.sentence)));
  const sentences = paragraphs.flatMap(sentencesOf).map(normaliseSentence);
  return {
    sentences,
    missing: sentences.filter((sentence) => !known.has(sentence) && !text.includes(sentence)),
    nowMatching: knownDifferences.filter((difference) => text.includes(normaliseSentence(difference.sentence))).map((difference) => difference.sentence),
    notInReference: knownDifferences
      .filter((difference) => !sentences.includes(normaliseSentence(difference.sentence)))
      .map((difference) => difference.sentence),
  };
}

/** The pieces the clerk typed that are not in `printed` verbatim (after normalising): none may be lost or changed. */
export function typedButNotPrinted(printed: string, typed: readonly string[]): string[] {
  const text = normaliseSentence(printed);
  return typed.filter((piece) => !text.includes(normaliseSentence(piece)));
}
