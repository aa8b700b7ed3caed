// The approval and an amendment in the PDF Chromium prints (read back with
// pdftotext): the same words as the DOCX, from the same layout.
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutFromDocument } from '../../../core/export/export-minutes';
import { approveMinutes, beginAmendment, sealAmendment } from '../../../core/review/approval';
import { cabinetMinutes, documentOf } from '../review/review-fixtures';
import { closePrinter, inOrder, pdfOf } from './export-test-kit';

afterAll(closePrinter);

const tools = (iso: string) => ({ now: new Date(iso), sha256Hex: (text: string) => createHash('sha256').update(text, 'utf8').digest('hex') });

describe('approval in the PDF', () => {
  it('prints the approval after the minutes, then the amendment with its date and reason (full version) or its date alone (public)', async () => {
    const approved = approveMinutes(
      documentOf(cabinetMinutes),
      { approvedBy: 'Councillor E O’Brien', approvedOn: '2022-04-20', atMeeting: 'Cabinet' },
      tools('2022-04-20T19:00:00Z'),
    );
    const open = beginAmendment(
      approved,
      { reason: 'Apologies from Councillor Khan were omitted', recordedBy: 'Jeanette Richards' },
      tools('2022-05-04T09:00:00Z'),
    );
    const amended = sealAmendment(open, { recordedOn: '2022-05-04' }, tools('2022-05-04T09:05:00Z'));
    const { text } = await pdfOf(layoutFromDocument(amended, { version: 'full', appendices: [] }));
    inOrder(text, [
      'There was no urgent business.',
      'Approved as a correct record by Councillor E O’Brien at the meeting of Cabinet on 20 April 2022.',
      'Amendments made after approval:',
      'Amended on 4 May 2022 (recorded by Jeanette Richards): Apologies from Councillor Khan were omitted.',
    ]);
    // The public version says only that the minutes were amended, and when.
    const published = await pdfOf(layoutFromDocument(amended, { version: 'public', appendices: [] }));
    inOrder(published.text, ['Amendments made after approval:', 'Amended on 4 May 2022.']);
    expect(published.text).not.toContain('Khan');
  }, 60_000);
});
