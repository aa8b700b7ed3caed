// @vitest-environment jsdom
// The editor's blocks show the labels the minutes will print: an executive
// decision's part headings and a withdrawal's sentence come from the meeting's
// house style, through the same core functions the export uses
// (decisionPartLabels, withdrawalSentenceIn). With no style, or a style the
// export would refuse, the app's own words are shown as before.
import { $generateHtmlFromNodes } from '@lexical/html';
import type { LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { textJson } from '../../../core/minutes/serialized-nodes';
import { minutesThemeFor } from '../../../renderer/editor/minutes-theme';
import { drawnMinutes } from './node-harness';

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const;
const blocks = [
  { type: 'cabinet-decision', ...element, children: [textJson('The Strategy will enable the Council.')], part: 'reasons', keyDecision: 'not-recorded' },
  { type: 'cabinet-decision', ...element, children: [textJson('That Cabinet approved the Strategy.')], part: 'decision', keyDecision: 'key' },
  { type: 'withdrawal', ...element, children: [textJson('')], memberId: 'barker', memberName: 'Councillor N Barker', returned: true },
];

/** An editor drawing into a page element, as the app's does, for a meeting with this style. */
function editorFor(meeting: { houseStyleId: string | null; houseStyle?: unknown }): { editor: LexicalEditor; page: HTMLElement } {
  return drawnMinutes(minutesThemeFor(meeting), blocks);
}

const shown = (page: HTMLElement) => [
  ...[...page.querySelectorAll('[data-heading]')].map((node) => node.getAttribute('data-heading')),
  ...[...page.querySelectorAll('.mb-withdrawal')].map((node) => node.getAttribute('data-lead')),
];

describe('the editor’s labels in the meeting’s house style', () => {
  it('shows NEDDC’s decision labels and withdrawal sentence, the key decision beside the label', () => {
    const { editor, page } = editorFor({ houseStyleId: 'neddc-cabinet' });
    expect(shown(page)).toEqual([
      'REASONS FOR DECISION –',
      'RESOLVED (a key decision) -',
      'Councillor N Barker left the meeting during consideration of this item.',
    ]);
    // Copied out of the editor, the blocks carry the same words.
    expect(editor.getEditorState().read(() => $generateHtmlFromNodes(editor))).toContain('data-heading="REASONS FOR DECISION –"');
  });

  it('shows the app’s own words with no style, and with a style the export would refuse', () => {
    const appWords = ['Reasons for the decision:', 'Decision (a key decision):', 'Councillor N Barker left the room for this item and returned after it.'];
    expect(shown(editorFor({ houseStyleId: null }).page)).toEqual(appWords);
    expect(shown(editorFor({ houseStyleId: 'neddc-cabinet', houseStyle: { formatVersion: 1, name: '' } }).page)).toEqual(appWords);
  });
});
