// The round trip a chair with only Word makes: Minute Book writes the Word
// review copy (real council minutes: headings in capitals, declarations in
// standard wording, actions with a full stop added, a list printed as a
// paragraph per point), the chair edits it with Track Changes on, and the
// clerk imports it. Each change must land on the block the chair edited, and
// accepting them all must give the chair's text; a change to the printed
// wording (not the clerk's words) is reported.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reviewBlocks } from '../../../core/review/block-text';
import { reviewOf } from '../../../core/review/review-schema';
import { acceptAllSuggestions } from '../../../core/review/suggestions';
import { writeReviewCopyDocx } from '../../../core/review/word-comments-export';
import { readWordTrackedChanges } from '../../../core/review/word-tracked-changes';
import { importWordTrackedChanges } from '../../../core/review/word-tracked-changes-import';
import { paragraphJson } from '../../../core/minutes/serialized-nodes';
import { seed000Document } from '../../fixtures/export/seed-000-document';
import { parseDocument } from '../export/export-test-kit';

const RUN = /<w:r>((?:(?!<\/w:r>).)*?)<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/g;

/** As Word records it: the run holding `words` (in the run that also has `within`) split, the words deleted and `replacement` inserted after them. */
function trackChange(xml: string, words: string, replacement: string, minute: string, within = words): string {
  let done = false;
  const result = xml.replace(RUN, (whole, properties: string, text: string) => {
    const at = text.indexOf(words);
    if (done || at === -1 || !text.includes(within)) return whole;
    done = true;
    const run = (tag: 'w:t' | 'w:delText', value: string) => (value ? `<w:r>${properties}<${tag} xml:space="preserve">${value}</${tag}></w:r>` : '');
    const by = `w:author="Councillor S Wright" w:date="2022-03-30T09:${minute}:00Z"`;
    const deleted = words ? `<w:del w:id="${minute}1" ${by}>${run('w:delText', words)}</w:del>` : '';
    const inserted = replacement ? `<w:ins w:id="${minute}2" ${by}>${run('w:t', replacement)}</w:ins>` : '';
    return run('w:t', text.slice(0, at)) + deleted + inserted + run('w:t', text.slice(at + words.length));
  });
  if (!done) throw new Error(`“${words}” is not in one run of the Word copy`);
  return result;
}

describe('a Word review copy returned with Track Changes', () => {
  it('brings each change back on the block it was made in; accepting them gives the chair’s text', async () => {
    const document = parseDocument(seed000Document());
    // A numbered list of two points before the resolutions: one block in the minutes, a paragraph per point in Word.
    const children = document.content.root.children as unknown as Array<Record<string, unknown>>;
    const points = ['The plan will be reviewed in June.', 'Progress will be reported to Cabinet.'].map((text, n) => ({
      ...paragraphJson(text),
      type: 'listitem',
      value: n + 1,
    }));
    children.splice(
      children.findIndex((node) => node.type === 'resolutions-heading'),
      0,
      { ...paragraphJson(''), type: 'list', listType: 'number', start: 1, tag: 'ol', children: points },
    );
    const zip = await JSZip.loadAsync(await writeReviewCopyDocx(document));
    let xml = await zip.file('word/document.xml')!.async('string');
    xml = trackChange(xml, 'sentto', 'sent to', '01');
    xml = trackChange(xml, 'member of Bury2gether', 'trustee of Bury2gether', '02');
    xml = trackChange(xml, 'DRAFT ', '', '03');
    xml = trackChange(xml, 'Provide the cost of the recruitment campaign video', 'Provide the cost of the recruitment campaign video by email', '04');
    xml = trackChange(xml, 'personal', 'prejudicial', '05', 'Councillor Wright declared');
    xml = trackChange(xml, ' within the Improvement Plan.', '.', '06');
    xml = trackChange(xml, 'Cabinet', 'full Council', '07', 'Progress will be');

    const outcome = importWordTrackedChanges(document, readWordTrackedChanges(xml), { importedAt: '2022-03-31T09:00:00.000Z', fallbackAuthor: 'Chair' });
    const suggestions = reviewOf(outcome.document).review.suggestions;
    expect(suggestions.map((s) => [s.anchor.itemId, s.anchor.index, s.anchor.quote, s.replacement])).toEqual([
      ['item-2', 1, 'member', 'trustee'],
      ['item-5', 0, 'Draft ', ''],
      ['item-5', 19, 'sentto ', 'sent to '], // the word diff takes the space after it too
      ['item-5', 20, 'Cabinet', 'full Council'],
      ['item-5', 24, ' within the Improvement Plan', ''],
      ['item-5', 30, '', ' by email'],
    ]);
    expect(suggestions.every((s) => s.author === 'Councillor S Wright')).toBe(true);
    // The chair changed the standard wording, which is not the clerk's to accept: reported with its words.
    expect(outcome.unplacedChanges).toMatchObject([{ deleted: 'personal', inserted: 'prejudicial', reason: 'not-found' }]);

    const accepted = acceptAllSuggestions(outcome.document.content, reviewOf(outcome.document).review, { by: 'Kelly Barnett', at: '2022-03-31T10:00:00.000Z' });
    expect(accepted.problems).toEqual([]);
    const before = reviewBlocks(document.content);
    const after = reviewBlocks(accepted.content);
    const changed = after.filter((block, i) => block.text !== before[i]!.text).map((block) => [block.itemId, block.index, block.text]);
    expect(changed).toEqual([
      ['item-2', 1, 'as she is a trustee of Bury2gether.'],
      ['item-5', 0, 'Bury Children Services Improvement Plan'],
      ['item-5', 19, expect.stringContaining('the final plan is to be sent to all councillors') as unknown as string],
      ['item-5', 20, 'The plan will be reviewed in June.\nProgress will be reported to full Council.'],
      ['item-5', 24, 'Neurodiversity to be included.'],
      ['item-5', 30, 'Provide the cost of the recruitment campaign video by email'],
    ]);
  });
});
