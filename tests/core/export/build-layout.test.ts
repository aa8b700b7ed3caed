// The layout model both writers walk: what the public version leaves out
// (appendices included), house style from the meeting, the signature block
// and close note, and the optional logo.
import { describe, expect, it } from 'vitest';
import { buildMinutesLayout } from '../../../core/export/build-layout';
import { renderLayoutHtml } from '../../../core/export/html-writer';
import { readLogo } from '../../../core/export/logo';
import { runsText, type LayoutBlock, type LayoutDocument } from '../../../core/export/layout-model';
import { meetingSchema } from '../../../core/model/meeting';
import { SEED_003_EXEMPT_TEXT, seed003Document } from '../../fixtures/export/seed-003-document';
import { allAppendices, docxOf, layoutOf } from './export-test-kit';

function allText(layout: LayoutDocument): string {
  const text = (block: LayoutBlock): string[] => {
    switch (block.kind) {
      case 'paragraph':
        return [runsText(block.runs)];
      case 'list':
        return block.items.map(runsText);
      case 'label-lines':
        return block.lines.map((line) => `${line.label} ${line.text}`);
      case 'table':
        return [block.caption, ...block.header, ...block.rows.flat()];
      case 'signature':
        return [block.name, block.role];
      default:
        return [block.text];
    }
  };
  return layout.sections.flatMap((section) => section.blocks.flatMap(text)).join('\n');
}

// A 2 × 1 PNG (red, blue), written out byte by byte so the test needs no image file.
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAPAwH/gZ4l5QAAAABJRU5ErkJggg==', 'base64'));

describe('buildMinutesLayout', () => {
  it('public version: the exempt item keeps its title and the Schedule 12A line; its text, vote and action are nowhere, appendices included', () => {
    const publicText = allText(layoutOf(seed003Document(), { version: 'public', appendices: allAppendices }));
    for (const secret of SEED_003_EXEMPT_TEXT.slice(1)) expect(publicText).not.toContain(secret);
    expect(publicText).toContain('CA.121 PYRAMID PARK');
    expect(publicText).toContain('The press and public were excluded from the meeting for this item under paragraph 3 of Part 1 of Schedule 12A');
    expect(publicText).toContain('No actions were recorded.');

    const full = layoutOf(seed003Document(), { version: 'full', appendices: allAppendices });
    const fullText = allText(full);
    for (const secret of SEED_003_EXEMPT_TEXT.slice(1)) expect(fullText).toContain(secret);
    expect(full.restrictiveMarking).toBe('Not for publication');
    expect(fullText).toContain('1 May 2022');
  });

  it('ends with the chair’s signature in capitals and the note of the meeting’s times', () => {
    const blocks = layoutOf(seed003Document()).sections[0]!.blocks;
    expect(blocks.slice(-2)).toEqual([
      { kind: 'signature', name: 'COUNCILLOR E O’BRIEN', role: 'Chair' },
      { kind: 'note', text: '(Note: The meeting started at 6.00 pm and ended at 7.20 pm)' },
    ]);
  });

  it('follows the house style a template gives the meeting: font, size, numbers and capitals', async () => {
    const document = seed003Document();
    const styled = {
      ...document,
      meeting: { ...document.meeting, houseStyle: { fontFamily: 'Verdana', fontSizePt: 11, showMinuteNumbers: false, itemTitlesInCapitals: false } },
    };
    const layout = layoutOf(styled);
    expect(layout.sections[0]!.blocks).toContainEqual({
      kind: 'heading',
      level: 1,
      text: 'Children’s Services Improvement Update',
      anchor: expect.any(String),
    });
    const styles = await (await docxOf(layout)).part('word/styles.xml');
    expect(styles).toContain('<w:rFonts w:ascii="Verdana"');
    expect(styles).toContain('<w:sz w:val="22"/>');
    expect(renderLayoutHtml(layout)).toContain("font-family: 'Verdana'");
  });

  it('prints the council logo with its alternative text in both formats', async () => {
    const logo = readLogo(PNG, 'Bury Council logo');
    expect([logo.type, logo.widthPx, logo.heightPx]).toEqual(['png', 2, 1]);
    expect(() => readLogo(new Uint8Array([1, 2, 3]), 'x')).toThrow('The logo must be a PNG or JPEG image.');
    const meeting = meetingSchema.parse({ councilName: 'Bury Council', committeeName: 'Cabinet', title: 'Cabinet', date: '2022-04-13', venue: '' });
    const layout = buildMinutesLayout({
      meeting,
      heading: [],
      minutes: { preamble: [], items: [], close: null },
      options: { version: 'public', appendices: [] },
      logo,
    });
    expect(renderLayoutHtml(layout)).toMatch(/<img class="mb-logo" src="data:image\/png;base64,iVBORw0KGgo[^"]*" alt="Bury Council logo">/);
    const docx = await docxOf(layout);
    expect(Object.keys(docx.zip.files).some((name) => name.startsWith('word/media/'))).toBe(true);
    expect(await docx.part('word/document.xml')).toContain('descr="Bury Council logo"');
  });
});
