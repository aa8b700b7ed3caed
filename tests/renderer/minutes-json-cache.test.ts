// @vitest-environment jsdom
// The autosave writes the minutes' JSON from the blocks it kept last time
// where they are unchanged: the text must be exactly what Lexical's own
// toJSON gives, whatever the clerk did in between (typing, bold, new and
// deleted blocks, moved items, changed fields, undo to an older state).
import fc from 'fast-check';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, TextNode, type EditorState, type LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { $createAgendaItemNode, $isAgendaItemNode } from '../../renderer/editor/nodes/AgendaItemNode';
import { createMinutesJsonWriter, objectWithRawField, type MinutesBlocks } from '../../renderer/editor/minutes-json-cache';
import { applyMinutesBlocks, minutesBlocksUpdate, type BlocksSent, type MinutesBlockStore } from '../../core/storage/minutes-blocks';
import { createEmptyMinutesDocument, minutesDocumentSchema, serializeMinutesDocument } from '../../core/storage/minutes-document';
import { minutesEditor } from './nodes/node-harness';

type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'bold'; at: number }
  | { kind: 'paragraph'; at: number; text: string }
  | { kind: 'item'; at: number; title: string }
  | { kind: 'remove'; at: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'urgent'; at: number }
  | { kind: 'undo'; back: number }
  | { kind: 'write' };

const words = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'b', ' ', 'é', '"', '\\', '\n', '£') });
const index = fc.nat({ max: 1000 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: index, text: words }),
  fc.record({ kind: fc.constant('bold' as const), at: index }),
  fc.record({ kind: fc.constant('paragraph' as const), at: index, text: words }),
  fc.record({ kind: fc.constant('item' as const), at: index, title: words }),
  fc.record({ kind: fc.constant('remove' as const), at: index }),
  fc.record({ kind: fc.constant('move' as const), from: index, to: index }),
  fc.record({ kind: fc.constant('urgent' as const), at: index }),
  fc.record({ kind: fc.constant('undo' as const), back: fc.nat({ max: 5 }) }),
  fc.record({ kind: fc.constant('write' as const) }),
);

function seeded(): LexicalEditor {
  const editor = minutesEditor();
  editor.update(
    () => {
      for (let item = 0; item < 3; item++) {
        $getRoot().append($createAgendaItemNode({ itemId: `item-${item}` }).append($createTextNode(`Item ${item}`)));
        for (let line = 0; line < 3; line++) $getRoot().append($createParagraphNode().append($createTextNode(`Line ${item}.${line}`)));
      }
    },
    { discrete: true },
  );
  return editor;
}

function apply(editor: LexicalEditor, change: Edit, history: EditorState[]): void {
  if (change.kind === 'write') return;
  if (change.kind === 'undo') {
    const older = history[Math.max(0, history.length - 1 - change.back)];
    if (older) editor.setEditorState(older);
    return;
  }
  editor.update(
    () => {
      const blocks = $getRoot().getChildren();
      const texts = $getRoot().getAllTextNodes();
      const block = blocks[(change as { at?: number }).at! % Math.max(1, blocks.length)];
      const text = texts[(change as { at?: number }).at! % Math.max(1, texts.length)];
      switch (change.kind) {
        case 'type':
          if ($isTextNode(text)) text.setTextContent(text.getTextContent() + change.text);
          break;
        case 'bold':
          if ($isTextNode(text) && text.getTextContentSize() > 1) text.splitText(1)[1]?.toggleFormat('bold');
          break;
        case 'paragraph': {
          const paragraph = $createParagraphNode().append($createTextNode(change.text));
          if (block) block.insertAfter(paragraph);
          else $getRoot().append(paragraph);
          break;
        }
        case 'item':
          $getRoot().append($createAgendaItemNode({ itemId: `new-${change.at}` }).append($createTextNode(change.title)));
          break;
        case 'remove':
          if (block && blocks.length > 1) block.remove();
          break;
        case 'move': {
          const target = blocks[change.to % blocks.length];
          if (block && target && !block.is(target)) target.insertBefore(block);
          break;
        }
        case 'urgent':
          if ($isAgendaItemNode(block)) block.setFields({ urgent: !block.getFields().urgent });
          break;
      }
    },
    { discrete: true },
  );
}

describe('the minutes JSON written from kept blocks', () => {
  afterEach(() => vi.restoreAllMocks());

  // A writer given the editor follows its updates and looks only at the blocks they touched; one without checks every
  // node. Both must write exactly what Lexical does.
  const writerFor = {
    'checking every node': () => createMinutesJsonWriter(),
    'following the editor': (editor: LexicalEditor) => createMinutesJsonWriter(editor),
  };
  const ways = Object.keys(writerFor) as Array<keyof typeof writerFor>;

  it.each(ways)('is exactly Lexical’s toJSON after any run of edits, undo included (%s)', (way) => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        const editor = seeded();
        const writer = writerFor[way](editor);
        const history: EditorState[] = [editor.getEditorState()];
        expect(writer.write(editor.getEditorState())).toBe(JSON.stringify(editor.getEditorState().toJSON()));
        for (const change of edits) {
          apply(editor, change, history);
          history.push(editor.getEditorState());
          // Not every change is followed by a save: kept blocks must survive several edits between writes.
          if (change.kind === 'write' || change.kind === 'undo') {
            expect(writer.write(editor.getEditorState())).toBe(JSON.stringify(editor.getEditorState().toJSON()));
          }
        }
        expect(writer.write(editor.getEditorState())).toBe(JSON.stringify(editor.getEditorState().toJSON()));
      }),
      { numRuns: 300 },
    );
  });

  it.each(ways)('read a slice at a time, gives the minutes as they were when the read began, whatever is edited in its pauses (%s)', async (way) => {
    const textOf = (blocks: MinutesBlocks) =>
      `{"root":${objectWithRawField(blocks.root, 'children', `[${blocks.order.map((key) => blocks.texts.get(key)!).join(',')}]`)}}`;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 20 }), fc.array(edit, { maxLength: 30 }), async (before, during) => {
        const editor = seeded();
        const writer = writerFor[way](editor);
        const history: EditorState[] = [editor.getEditorState()];
        for (const change of before) {
          apply(editor, change, history);
          history.push(editor.getEditorState());
          if (change.kind === 'write') writer.write(editor.getEditorState());
        }
        const snapshot = editor.getEditorState();
        const expected = JSON.stringify(snapshot.toJSON());
        // A slice of no time still does a block: every pause falls between two blocks, and an edit lands in each.
        const pending = [...during];
        let pauses = 0;
        const read = await writer.blocksInSlices(
          snapshot,
          async () => {
            pauses += 1;
            const change = pending.shift();
            if (change) {
              apply(editor, change, history);
              history.push(editor.getEditorState());
            }
          },
          0,
        );
        // Checking every node pauses between every two blocks; following the editor, between the blocks it writes.
        if (way === 'checking every node') expect(pauses).toBe(Math.max(0, read!.order.length - 1));
        expect(textOf(read!)).toBe(expected);
        // And what it kept serves the next write of the edited minutes.
        expect(writer.write(editor.getEditorState())).toBe(JSON.stringify(editor.getEditorState().toJSON()));
      }),
      { numRuns: 200 },
    );
  });

  it.each(ways)('serialises again only the block typed in since the last write (%s)', (way) => {
    const editor = seeded();
    const writer = writerFor[way](editor);
    writer.write(editor.getEditorState());
    editor.update(
      () => {
        const line = $getRoot().getChildAtIndex(5);
        const text = $isElementNode(line) ? line.getFirstChild() : null;
        if ($isTextNode(text)) text.setTextContent(`${text.getTextContent()} and more`);
      },
      { discrete: true },
    );
    const exported = vi.spyOn(TextNode.prototype, 'exportJSON');
    expect(writer.write(editor.getEditorState())).toBe(JSON.stringify(editor.getEditorState().toJSON()) /* the check's own export comes after */);
    // 12 blocks of one text node each: the write itself exported one, toJSON (the comparison) all 12.
    expect(exported).toHaveBeenCalledTimes(1 + 12);
  });

  it('sent block by block, rebuilds in main the file the whole minutes make, after any run of edits and lost replies, undo included', () => {
    const meeting = createEmptyMinutesDocument();
    const wholeFile = (state: EditorState) =>
      serializeMinutesDocument(minutesDocumentSchema.parse({ ...meeting, content: JSON.parse(JSON.stringify(state.toJSON())) }));
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        const editor = seeded();
        const writer = createMinutesJsonWriter(editor);
        const history: EditorState[] = [editor.getEditorState()];
        let store: MinutesBlockStore | null = null;
        // As useAutosave keeps them: what main accepted last, and the blocks changed since.
        let sent: BlocksSent | null = null;
        let unsent = new Set<string>();
        let revision = 0;
        let saves = 0;
        const save = () => {
          const blocks = writer.blocks(editor.getEditorState())!;
          for (const key of blocks.changed) unsent.add(key);
          const shell = JSON.stringify({ ...meeting, content: { root: { ...blocks.root, children: [] } } });
          let update = minutesBlocksUpdate(sent, unsent, ++revision, shell, blocks.order, blocks.texts);
          let outcome = applyMinutesBlocks(store, update);
          if (outcome.kind === 'needs-whole') {
            update = minutesBlocksUpdate(null, unsent, ++revision, shell, blocks.order, blocks.texts);
            outcome = applyMinutesBlocks(store, update);
          }
          if (outcome.kind !== 'document') throw new Error(`not rebuilt: ${JSON.stringify(outcome)}`);
          expect(serializeMinutesDocument(outcome.document)).toBe(wholeFile(editor.getEditorState()));
          store = outcome.store;
          // Every third reply is lost: main took the update, the page builds on the revision before.
          if (++saves % 3 === 0) return;
          sent = { revision: update.revision, order: blocks.order };
          unsent = new Set();
        };
        save();
        for (const change of edits) {
          apply(editor, change, history);
          history.push(editor.getEditorState());
          if (change.kind === 'write' || change.kind === 'undo') save();
        }
        save();
      }),
      { numRuns: 200 },
    );
  });

  it('following the editor, keeps the order’s array while no block is added, removed or moved', () => {
    const editor = seeded();
    const writer = createMinutesJsonWriter(editor);
    const first = writer.blocks(editor.getEditorState())!;
    expect(first.changed.size).toBe(first.order.length);
    apply(editor, { kind: 'type', at: 4, text: ' more' }, []);
    const typed = writer.blocks(editor.getEditorState())!;
    expect(typed.order).toBe(first.order);
    expect([...typed.changed]).toHaveLength(1);
    apply(editor, { kind: 'paragraph', at: 2, text: 'new' }, []);
    const added = writer.blocks(editor.getEditorState())!;
    expect(added.order).not.toBe(first.order);
    expect(added.order).toHaveLength(first.order.length + 1);
    expect([...added.changed]).toEqual([added.order[3]]);
  });

  it('following the editor, refuses to go on with a read another read has overtaken', async () => {
    const editor = seeded();
    const writer = createMinutesJsonWriter();
    let overtaken = false;
    const first = writer.blocksInSlices(
      editor.getEditorState(),
      async () => {
        if (overtaken) return;
        overtaken = true;
        writer.blocks(editor.getEditorState());
      },
      0,
    );
    await expect(first).rejects.toThrow('read again before this read finished');
    expect(writer.write(editor.getEditorState())).toBe(JSON.stringify(editor.getEditorState().toJSON()));
  });
});
