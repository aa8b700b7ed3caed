// A planning application in the exported minutes: its details as labelled
// lines, each speaker as a sentence, and the decision as a resolution with
// its conditions or reasons numbered beneath it, the same in DOCX and PDF and
// in the public and full versions. An exempt planning item keeps only its
// number and title in the public version.
import { afterAll, describe, expect, it } from 'vitest';
import { runsText, type LayoutBlock } from '../../../core/export/layout-model';
import { item, lexicalRoot, motionPart, para, planning } from '../../fixtures/export/lexical-builders';
import { seed003Document } from '../../fixtures/export/seed-003-document';
import { closePrinter, docxOf, inOrder, layoutOf, pdfOf } from './export-test-kit';

afterAll(closePrinter);

const resolved = (document: ReturnType<typeof seed003Document>) => ({
  ...document,
  meeting: { ...document.meeting, wording: { resolutionsHeading: 'Resolved –' } },
});

function planningDocument(extra: Array<Record<string, unknown>> = [], exemptParagraph?: string) {
  const document = resolved(seed003Document());
  return {
    ...document,
    content: lexicalRoot([
      item('17/00340/FUL 14 Nottingham Road', exemptParagraph ? { exemptParagraph } : {}),
      planning('application', 'Single storey rear extension', {
        reference: '17/00340/FUL',
        site: '14 Nottingham Road, Gotham',
        applicant: 'Mr A Khan',
        ward: 'Gotham',
        recommendation: 'approve-conditions',
      }),
      para('The Head of Planning presented the report.'),
      planning('speaker', 'She was concerned about overlooking.', { speakerRole: 'objector', speakerName: 'Mrs J Lowe' }),
      planning('speaker', '', { speakerRole: 'ward-member', speakerName: '' }),
      planning('decision', '', { decision: 'approve-conditions' }),
      planning('condition', 'The development shall begin within three years.'),
      planning('condition', 'The side window shall be obscure glazed.'),
      ...extra,
    ]),
  };
}

const itemBlocks = (document: unknown, version: 'public' | 'full' = 'public'): LayoutBlock[] => {
  const blocks = layoutOf(document, { version }).sections.flatMap((section) => section.blocks);
  const start = blocks.findIndex((block) => block.kind === 'heading' && block.level === 1 && /Nottingham Road|School extension/i.test(block.text));
  const end = blocks.findIndex((block, index) => index > start && block.kind === 'heading' && block.level === 1);
  return blocks.slice(start + 1, end < 0 ? undefined : end);
};

const lines = (blocks: LayoutBlock[]) =>
  blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? [runsText(block.runs)]
      : block.kind === 'label-lines'
        ? block.lines.map((line) => `${line.label} ${line.text}`)
        : block.kind === 'list'
          ? block.items.map((entry, index) => `${index + 1}. ${runsText(entry)}`)
          : [],
  );

describe('a planning application in the export', () => {
  it('prints the details, the speakers and the decision with its numbered conditions, in the order typed', () => {
    expect(lines(itemBlocks(planningDocument()))).toEqual([
      'Application: 17/00340/FUL',
      'Site: 14 Nottingham Road, Gotham',
      'Proposal: Single storey rear extension',
      'Applicant: Mr A Khan',
      'Ward: Gotham',
      'Officer’s recommendation: Approve subject to conditions',
      'The Head of Planning presented the report.',
      'Mrs J Lowe (objector) addressed the Committee. She was concerned about overlooking.',
      'A ward member addressed the Committee.',
      'Resolved – That the application be approved subject to the following conditions:',
      '1. The development shall begin within three years.',
      '2. The side window shall be obscure glazed.',
    ]);
    // The resolution is never the last line of a page apart from its conditions.
    const decision = itemBlocks(planningDocument()).find((block) => block.kind === 'paragraph' && runsText(block.runs).startsWith('Resolved'));
    expect(decision).toMatchObject({ keepWithNext: true });
  });

  it('prints a refusal with its numbered reasons, and the clerk’s own words in place of the standard ones', () => {
    const document = resolved(seed003Document());
    const refused = {
      ...document,
      content: lexicalRoot([
        item('23/01234/FUL Land at Mill Lane'),
        planning('application', 'Two dwellings', { reference: '23/01234/FUL' }),
        planning('decision', 'That the application be refused, contrary to the officer’s recommendation, for the following reasons:', { decision: 'refuse' }),
        planning('reason', 'Harm to the character of the lane.'),
      ]),
    };
    const blocks = layoutOf(refused).sections.flatMap((section) => section.blocks);
    inOrder(lines(blocks).join('\n'), [
      'Application: 23/01234/FUL',
      'Proposal: Two dwellings',
      'Resolved – That the application be refused, contrary to the officer’s recommendation, for the following reasons:',
      '1. Harm to the character of the lane.',
    ]);
    // Details not recorded are left out rather than printed empty.
    expect(lines(blocks).filter((line) => /^(Site|Applicant|Ward|Officer’s recommendation):/.test(line))).toEqual([]);
  });

  it('prints the motion that carried the decision leading into it, the vote beside it and the conditions after it (Wirral’s complaint: conditions cut off from the motion)', () => {
    const document = resolved(seed003Document());
    const carried = {
      ...document,
      content: lexicalRoot([
        item('20/00094/FUL School extension'),
        planning('application', 'School extension', { reference: '20/00094/FUL' }),
        motionPart('motion', '', { moverName: 'Councillor S Kelly', seconderName: 'Councillor B Berry', for: 7, against: 7, abstain: 0, castingVote: 'for' }),
        planning('decision', 'that the application be approved subject to a 106 legal agreement and the following conditions:', {
          decision: 'approve-agreement',
        }),
        planning('condition', 'The development shall begin within three years.'),
      ]),
    };
    const blocks = itemBlocks(carried);
    expect(lines(blocks).slice(2)).toEqual([
      'Moved by Councillor S Kelly, seconded by Councillor B Berry.',
      'On being put to the vote, the motion was carried on the chair’s casting vote (For 7, Against 7, Abstentions 0).',
      'Resolved – that the application be approved subject to a 106 legal agreement and the following conditions:',
      '1. The development shall begin within three years.',
    ]);
    expect(blocks.find((block) => block.kind === 'paragraph' && runsText(block.runs).startsWith('Resolved'))).toMatchObject({ keepWithNext: true });
  });

  it('reads the same in DOCX and PDF', async () => {
    const layout = layoutOf(planningDocument());
    const expected = [
      '17/00340/FUL',
      '14 Nottingham Road, Gotham',
      'Single storey rear extension',
      'Mrs J Lowe (objector) addressed the Committee.',
      'Resolved – That the application be approved subject to the following conditions:',
      'The development shall begin within three years.',
      'The side window shall be obscure glazed.',
    ];
    const docx = await docxOf(layout);
    const pdf = await pdfOf(layout);
    // inOrder throws, naming the first sentence missing or out of order.
    expect(inOrder(docx.text, expected)).toHaveLength(expected.length);
    expect(inOrder(pdf.text, expected)).toHaveLength(expected.length);
  }, 60_000);

  it('keeps an exempt planning item out of the public version, and prints it in full', () => {
    const exempt = planningDocument([para('zqplanningmarker')], '3');
    const publicText = JSON.stringify(layoutOf(exempt, { version: 'public' }));
    for (const word of ['zqplanningmarker', 'Mr A Khan', 'Mrs J Lowe', '14 Nottingham Road, Gotham', 'Single storey rear extension', 'obscure glazed'])
      expect(publicText).not.toContain(word);
    expect(lines(itemBlocks(exempt, 'full'))).toEqual(
      expect.arrayContaining(['Applicant: Mr A Khan', '2. The side window shall be obscure glazed.', 'zqplanningmarker']),
    );
  });
});
