// @vitest-environment jsdom
// The slash menu's "/query" is removed from the live text before the caret,
// whatever the menu thought the query was and however Lexical split the text.
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $removeSlashQuery } from '../../renderer/editor/commands/slash-query';
import { minutesEditor } from './nodes/node-harness';

/** A paragraph of these text pieces with the caret at the end (or in the piece and offset given); returns what is left and the result. */
function remove(pieces: string[], caret?: { piece: number; offset: number }): { text: string; removed: boolean } {
  const editor: LexicalEditor = minutesEditor();
  let removed = false;
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      const nodes = pieces.map((piece) => $createTextNode(piece));
      // Different formats keep Lexical from merging the pieces back into one node.
      nodes.forEach((node, index) => node.setFormat(index % 2));
      paragraph.append(...nodes);
      $getRoot().append(paragraph);
      const at = caret ?? { piece: nodes.length - 1, offset: pieces.at(-1)!.length };
      nodes[at.piece]!.select(at.offset, at.offset);
      removed = $removeSlashQuery();
    },
    { discrete: true },
  );
  return { text: editor.getEditorState().read(() => $getRoot().getTextContent()), removed };
}

describe('$removeSlashQuery', () => {
  it('removes all of what was typed when the menu split the text a keystroke behind', () => {
    expect(remove(['/', 'no member'])).toEqual({ text: '', removed: true });
    expect(remove(['Noted (', '/vo', 'te'])).toEqual({ text: 'Noted (', removed: true });
  });
  it('removes only up to the caret and only a query that starts a word', () => {
    expect(remove(['The vote /vote and more'], { piece: 0, offset: 14 })).toEqual({ text: 'The vote  and more', removed: true });
    expect(remove(['either/or'])).toEqual({ text: 'either/or', removed: false });
    expect(remove(['plain text'])).toEqual({ text: 'plain text', removed: false });
  });
});
