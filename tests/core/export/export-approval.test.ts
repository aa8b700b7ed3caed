// @vitest-environment jsdom
// Approved minutes say so in every export: the approval as a correct record
// (who, at which meeting, when) and each amendment with its date (and, in the
// full version only, who recorded it and why),
// read back from the DOCX with mammoth and from the HTML the PDF is printed
// from. Names and reasons are data, never markup.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { approvalSentence } from '../../../core/export/approval-layout';
import { writeDocx } from '../../../core/export/docx-writer';
import { layoutFromDocument } from '../../../core/export/export-minutes';
import { renderLayoutHtml } from '../../../core/export/html-writer';
import { approveMinutes, beginAmendment, sealAmendment } from '../../../core/review/approval';
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import mammoth from 'mammoth';
import { cabinetMinutes, documentOf } from '../review/review-fixtures';
import { inOrder } from './export-test-kit';

const tools = (iso: string) => ({ now: new Date(iso), sha256Hex: (text: string) => createHash('sha256').update(text, 'utf8').digest('hex') });

function approved(approvedBy = 'Councillor E O’Brien', atMeeting = 'Cabinet, 20 April 2022'): MinutesDocument {
  return approveMinutes(documentOf(cabinetMinutes), { approvedBy, approvedOn: '2022-04-20', atMeeting }, tools('2022-04-20T19:00:00Z'));
}

function amended(document: MinutesDocument, reason: string, recordedOn: string): MinutesDocument {
  const open = beginAmendment(document, { reason, recordedBy: 'Jeanette Richards' }, tools(`${recordedOn}T09:00:00Z`));
  return sealAmendment(open, { recordedOn }, tools(`${recordedOn}T09:05:00Z`));
}

async function exportsOf(document: MinutesDocument, version: 'public' | 'full' = 'public') {
  const layout = layoutFromDocument(document, { version, appendices: [] });
  const docx = Buffer.from(await writeDocx(layout));
  const html = renderLayoutHtml(layout);
  return {
    docxText: (await mammoth.extractRawText({ buffer: docx })).value,
    docxHtml: (await mammoth.convertToHtml({ buffer: docx })).value,
    htmlText: new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '',
    html,
  };
}

describe('approval in the exports', () => {
  it('a draft says nothing about approval', async () => {
    const { docxText, htmlText } = await exportsOf(documentOf(cabinetMinutes));
    // The minutes themselves are there, so the absence below is of the approval, not of everything.
    inOrder(docxText, ['Apologies were received from Councillor Smith.', 'There was no urgent business.']);
    inOrder(htmlText, ['Apologies were received from Councillor Smith.', 'There was no urgent business.']);
    expect(docxText).not.toContain('correct record');
    expect(htmlText).not.toContain('correct record');
  });

  it('approved minutes carry the approval after the signature, in the DOCX and the HTML alike', async () => {
    const { docxText, htmlText, docxHtml } = await exportsOf(approved());
    const line = 'Approved as a correct record by Councillor E O’Brien at the meeting of Cabinet on 20 April 2022.';
    inOrder(docxText, ['There was no urgent business.', line]);
    inOrder(htmlText, ['There was no urgent business.', line]);
    expect(docxHtml).toContain(`<p>${line}</p>`);
    expect(docxText).not.toContain('Amendments made after approval');
  });

  it('in the full version each amendment follows with its date, who recorded it and its reason, in order', async () => {
    const once = amended(approved(), 'Apologies from Councillor Khan were omitted', '2022-05-04');
    const twice = amended(once, 'Minute 2: the rent increase is 4.1%, not 4.7%.', '2022-06-01');
    const { docxText, htmlText, docxHtml } = await exportsOf(twice, 'full');
    const lines = [
      'Approved as a correct record by Councillor E O’Brien at the meeting of Cabinet on 20 April 2022.',
      'Amendments made after approval:',
      'Amended on 4 May 2022 (recorded by Jeanette Richards): Apologies from Councillor Khan were omitted.',
      'Amended on 1 June 2022 (recorded by Jeanette Richards): Minute 2: the rent increase is 4.1%, not 4.7%.',
    ];
    inOrder(docxText, lines);
    inOrder(htmlText, lines);
    // The amendments are a real numbered list in both formats.
    expect(docxHtml).toMatch(/<ol><li>Amended on 4 May 2022[^<]*<\/li><li>Amended on 1 June 2022/);
  });

  it('in the public version each amendment says only its date and the minutes it names: no reason, no recorder', async () => {
    const once = amended(approved(), 'Apologies from Councillor Khan were omitted', '2022-05-04');
    const twice = amended(once, 'Minute 2: the rent increase is 4.1%, not 4.7%.', '2022-06-01');
    const { docxText, htmlText, docxHtml } = await exportsOf(twice);
    const lines = ['Amendments made after approval:', 'Amended on 4 May 2022.', 'Amended on 1 June 2022 (minute 2).'];
    for (const text of [docxText, htmlText]) {
      inOrder(text, lines);
      expect(text).not.toContain('Khan');
      expect(text).not.toContain('4.1%');
      expect(text).not.toContain('Jeanette Richards');
    }
    expect(docxHtml).toMatch(/<ol><li>Amended on 4 May 2022.<\/li><li>Amended on 1 June 2022 \(minute 2\).<\/li><\/ol>/);
  });

  it('says so when a correction is being made but not yet recorded; its reason only in the full version', async () => {
    const open = beginAmendment(approved(), { reason: 'Minute 2: wrong percentage', recordedBy: 'Jeanette Richards' }, tools('2022-05-04T09:00:00Z'));
    const full = await exportsOf(open, 'full');
    const lines = [
      'Approved as a correct record by Councillor E O’Brien at the meeting of Cabinet on 20 April 2022.',
      'A correction is being made and has not yet been recorded as an amendment: Minute 2: wrong percentage.',
    ];
    inOrder(full.docxText, lines);
    inOrder(full.htmlText, lines);
    const published = await exportsOf(open);
    for (const text of [published.docxText, published.htmlText]) {
      inOrder(text, [lines[0]!, 'A correction is being made and has not yet been recorded as an amendment.']);
      expect(text).not.toContain('wrong percentage');
    }
  });

  it('prints the approver and the meeting literally, whatever they contain', async () => {
    const hostile = approved('Councillor <script>alert(1)</script> & Co', 'Cabinet "special" <b>meeting</b>');
    const { docxText, htmlText, html } = await exportsOf(hostile);
    const line =
      'Approved as a correct record by Councillor <script>alert(1)</script> & Co at the meeting of Cabinet "special" <b>meeting</b> on 20 April 2022.';
    expect(docxText).toContain(line);
    expect(htmlText).toContain(line);
    expect(html).not.toContain('<script>alert');
  });
});

describe('approvalSentence', () => {
  const approval = {
    approvedBy: 'Councillor S Wright',
    approvedOn: '2022-04-20',
    seal: { algorithm: 'sha-256' as const, hash: '0'.repeat(64), sealedAt: '2022-04-20T19:00:00.000Z' },
  };
  it('names the meeting once, whichever way the clerk wrote it', () => {
    expect(approvalSentence({ ...approval, atMeeting: 'Children and Young People Scrutiny Committee' })).toBe(
      'Approved as a correct record by Councillor S Wright at the meeting of Children and Young People Scrutiny Committee on 20 April 2022.',
    );
    expect(approvalSentence({ ...approval, atMeeting: 'Cabinet held on 20 April 2022' })).toBe(
      'Approved as a correct record by Councillor S Wright at the meeting of Cabinet on 20 April 2022.',
    );
    expect(approvalSentence({ ...approval, atMeeting: 'the Council meeting' })).toBe(
      'Approved as a correct record by Councillor S Wright at the Council meeting on 20 April 2022.',
    );
    // A meeting with a date of its own keeps it, rather than being given the date of approval as well.
    expect(approvalSentence({ ...approval, atMeeting: 'Cabinet, 13 April 2022' })).toBe(
      'Approved as a correct record by Councillor S Wright at the meeting of Cabinet, 13 April 2022.',
    );
  });
});
