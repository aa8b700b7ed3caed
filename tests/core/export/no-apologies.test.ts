// "There were no apologies for absence." (Ctrl+Alt+Shift+Y) is read as an
// apologies block naming no one; the export must print those words, not
// "Apologies for absence are noted above." over a heading that lists none.
import { describe, expect, it } from 'vitest';
import { runsText, type LayoutBlock } from '../../../core/export/layout-model';
import { item, lexicalRoot, statement } from '../../fixtures/export/lexical-builders';
import { seed003Document } from '../../fixtures/export/seed-003-document';
import { layoutOf } from './export-test-kit';

describe('no apologies', () => {
  it('prints the clerk’s “There were no apologies for absence.” under its item', () => {
    const document = {
      ...seed003Document(),
      content: lexicalRoot([item('Apologies for absence'), statement('no-apologies', 'There were no apologies for absence.')]),
    };
    const blocks = layoutOf(document).sections.flatMap((section) => section.blocks);
    const texts = blocks.map((block: LayoutBlock) => (block.kind === 'paragraph' ? runsText(block.runs) : block.kind === 'heading' ? block.text : ''));
    const at = texts.findIndex((text) => text.endsWith('APOLOGIES FOR ABSENCE'));
    expect(texts[at + 1]).toBe('There were no apologies for absence.');
    expect(texts.join('\n')).not.toContain('noted above');
  });
});
