// Compares exported minutes with a council's published minutes
// (/work/shared/reference/) sentence by sentence, verbatim after normalising
// what printing and copying change and the words do not: spaces and line
// breaks, dashes, quotes and apostrophes (Wirral prints "chairs casting vote"),
// and list bullets and numbers (layout, not words). Shared by the core
// reproduction tests (tests/core/export/reference-reproduction.test.ts) and the
// keyboard end-to-end tests, so both read a reference the same way.
import { readFileSync } from 'node:fs';
import { runsText, type LayoutBlock, type LayoutDocument } from '../../core/export/layout-model';

export const REFERENCE_DIRECTORY = '/work/shared/reference';

/** One line of text with spaces, dashes and quotes in one form. */
export function normalise(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[‘’'`]/g, '')
    .replace(/[“”]/g, '"')
    .replace(/\s*[–—‒−]\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The sentences of a text, normalised. A sentence ends at ".", "!" or "?" after two letters or digits (so
 * "J.P. Anderson" and "7.30 p.m." are not cut) before a capital, a digit or a quote. A heading with no full
 * stop runs on into the sentence after it, so the export must print the two in the same order.
 */
export function sentencesOf(text: string): string[] {
  return normalise(text)
    .split(/(?<=[\p{Ll}\p{Lu}\d)"]{2}[.!?])\s+(?=[\p{Lu}\d"(])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

export interface ReferenceReading {
  /** Whole lines that are the web page's or the PDF's, not the minutes' ("Additional documents:"). */
  furnitureLines?: ReadonlyArray<RegExp>;
  /** Parts of lines that are the page's ("Minutes: " before the text, " pdf icon PDF 246 KB"). */
  furniture?: ReadonlyArray<RegExp>;
}

/**
 * A reference file's text as the minutes say it: without the header lines that say where it came from
 * ("source:", "council:", "meeting:"), the notes in [brackets] added when it was stored, list bullets and
 * lone list numbers, and whatever `reading` says is the page's furniture.
 */
export function referenceText(file: string, reading: ReferenceReading = {}): string {
  const raw = readFileSync(`${REFERENCE_DIRECTORY}/${file}`, 'utf8');
  return raw
    .split('\n')
    .filter((line) => !/^(source|council|meeting):/.test(line))
    .map((line) => line.replace(/\[[^\]]*\]/g, ' '))
    .map((line) => (reading.furniture ?? []).reduce((text, pattern) => text.replace(pattern, ' '), line))
    .map((line) => line.replace(/^\s*[·•]\s*/, ''))
    .filter((line) => !/^\s*\d+\.\s*$/.test(line))
    .filter((line) => !(reading.furnitureLines ?? []).some((pattern) => pattern.test(line.trim())))
    .join('\n');
}

export function referenceSentences(file: string, reading: ReferenceReading = {}): string[] {
  return sentencesOf(referenceText(file, reading));
}

/** Every line's text of a block as printed: a label line with its label ("Venue: Microsoft Teams"); tables are left out. */
function blockText(block: LayoutBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return [[block.text, ...(block.runOn ? [runsText(block.runOn)] : [])].join(' ')];
    case 'title':
    case 'note':
      return [block.text];
    case 'paragraph':
      return [runsText(block.runs)];
    case 'list':
      return block.items.map(runsText);
    case 'label-lines':
      return block.lines.map((line) => [line.label, line.text].filter(Boolean).join(' '));
    case 'signature':
      return [block.name, block.role];
    case 'table':
      return [];
  }
}

/** The exported minutes' text, normalised, in print order: what the PDF and DOCX carry, read from the layout both write. */
export function exportedText(layout: LayoutDocument): string {
  return normalise(layout.sections.flatMap((section) => section.blocks.flatMap(blockText)).join('\n'));
}

/** The reference's sentences the export does not print, verbatim after normalising. */
export function sentencesMissing(reference: ReadonlyArray<string>, exported: string): string[] {
  return reference.filter((sentence) => !exported.includes(sentence));
}

/** A reference sentence the export cannot print yet, and why; listed so that it is taken off once it matches. */
export interface KnownDifference {
  sentence: string;
  reason: string;
}

/**
 * The reference's sentences (from its paragraphs) missing from `printed`, the known differences that now match (to be
 * taken off the list), and known differences that are not the reference's sentences at all. Known differences are left
 * out of `missing`.
 */
export function compareWithReference(printed: string, paragraphs: readonly string[], knownDifferences: readonly KnownDifference[]) {
  const text = normalise(printed);
  const known = new Set(knownDifferences.map((difference) => normalise(difference.sentence)));
  const sentences = paragraphs.flatMap(sentencesOf);
  return {
    sentences,
    missing: sentences.filter((sentence) => !known.has(sentence) && !text.includes(sentence)),
    nowMatching: knownDifferences.filter((difference) => text.includes(normalise(difference.sentence))).map((difference) => difference.sentence),
    notInReference: knownDifferences.filter((difference) => !sentences.includes(normalise(difference.sentence))).map((difference) => difference.sentence),
  };
}

/** The pieces the clerk typed that are not in `printed` verbatim (after normalising): none may be lost or changed. */
export function typedButNotPrinted(printed: string, typed: readonly string[]): string[] {
  const text = normalise(printed);
  return typed.filter((piece) => !text.includes(normalise(piece)));
}
