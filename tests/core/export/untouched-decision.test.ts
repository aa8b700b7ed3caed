// A Cabinet item whose template decision parts were never filled in (deferred,
// or only noted): the export prints no empty "Decision:" headings, and the
// checks ask whether a decision was taken, rather than only for its reasons.
import { describe, expect, it } from 'vitest';
import { checkMinutes } from '../../../core/checks/minutes-checks';
import { runsText } from '../../../core/export/layout-model';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { decisionPart, item, lexicalRoot, para } from '../../fixtures/export/lexical-builders';
import { seed003Document } from '../../fixtures/export/seed-003-document';
import { layoutOf, parseDocument } from './export-test-kit';

function cabinetItem(parts: [string, string, string]) {
  return {
    ...seed003Document(),
    content: lexicalRoot([
      item('Leisure review'),
      para('This item was deferred to the next meeting.'),
      decisionPart('decision', parts[0]),
      decisionPart('reasons', parts[1]),
      decisionPart('alternatives', parts[2]),
    ]),
  };
}

const printed = (document: unknown) =>
  layoutOf(document)
    .sections.flatMap((section) => section.blocks)
    .map((block) => (block.kind === 'heading' ? block.text : block.kind === 'paragraph' ? runsText(block.runs) : ''));

const warningsOf = (document: unknown) => {
  const parsed = parseDocument(document);
  return checkMinutes(parsed.meeting, readMinutes(parsed.content, parsed.meeting)).map((warning) => [warning.kind, warning.message]);
};

describe('a cabinet decision left empty', () => {
  it('is not printed as three empty headings, and the checks ask whether a decision was taken', () => {
    const untouched = cabinetItem(['', '', '']);
    const text = printed(untouched);
    expect(text).toContain('This item was deferred to the next meeting.');
    expect(text.filter((line) => ['Decision:', 'Reasons for the decision:', 'Other options considered and rejected:'].includes(line))).toEqual([]);
    expect(warningsOf(untouched)).toEqual([
      [
        'decision-empty',
        'The Decision, Reasons and Other options here are empty and will not be printed: write the decision, or delete the empty parts if none was taken (an item deferred or only noted).',
      ],
    ]);
  });

  it('with reasons but no decision is flagged for the decision, and printed without an empty Decision heading', () => {
    const noDecision = cabinetItem(['', 'The review is not finished.', 'None.']);
    expect(warningsOf(noDecision)).toEqual([['decision-empty', 'This decision record gives its reasons but not the decision itself.']]);
    expect(printed(noDecision)).toEqual(expect.arrayContaining(['Reasons for the decision:', 'The review is not finished.']));
    expect(printed(noDecision)).not.toContain('Decision:');
  });
});
