// @vitest-environment jsdom
// The editor groups each agenda item's blocks under one section
// (AgendaSectionNode) so a keystroke's cost does not grow with the meeting;
// the file, the journal, the autosave and the exports must never see it. One
// invariant, kept by node transforms whatever edit the app makes: each heading
// starts a section holding the blocks up to the next heading, blocks before the
// first heading stay at the root, and so do the meeting's close and what follows
// it, no section is empty; and the sections sit in parts (AgendaPartNode) of
// fewer than twice PART_SIZE, which hold nothing else. And typing in a block
// must not wake the transforms.
import fc from 'fast-check';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  type RangeSelection,
  $isElementNode,
  $isTextNode,
  type EditorState,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { describe, expect, it } from 'vitest';
import { $createAgendaItemNode, $isAgendaItemNode } from '../../renderer/editor/nodes/AgendaItemNode';
import { $isAgendaPartNode, AGENDA_PART_TYPE, PART_SIZE } from '../../renderer/editor/nodes/AgendaPartNode';
import { $isAgendaSectionNode, AGENDA_SECTION_TYPE, type AgendaSectionNode } from '../../renderer/editor/nodes/AgendaSectionNode';
import { $createMeetingCloseNode, $isMeetingCloseNode } from '../../renderer/editor/nodes/MeetingCloseNode';
import { close } from '../fixtures/export/lexical-builders';
import { createMinutesJsonWriter } from '../../renderer/editor/minutes-json-cache';
import { $blockOf, $minutesBlocks, $nextBlock } from '../../renderer/editor/minutes-block-list';
import { $currentAgendaItem, $moveAgendaItem } from '../../renderer/editor/outline/agenda-sections';
import { openMinutes } from '../../renderer/editor/open-minutes';
import { minutesStateOf } from '../../renderer/editor/read-minutes-state';
import { flatMinutesJson, groupedMinutesJson } from '../../renderer/editor/section-json';
import type { LexicalState } from '../../core/storage/lexical-state';
import { agendaItemJson, paragraphJson } from '../fixtures/lexical-json';
import { minutesEditor } from './nodes/node-harness';

const state = (children: unknown[]): LexicalState =>
  ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } }) as unknown as LexicalState;

/** The minutes as the file holds them: a preface line, then three items of three lines. */
const flatMinutes = (): LexicalState =>
  state([
    paragraphJson('Present: the committee.'),
    ...[0, 1, 2].flatMap((item) => [agendaItemJson(`item-${item}`, `Item ${item}`), ...[0, 1, 2].map((line) => paragraphJson(`Line ${item}.${line}`))]),
  ]);

/** Enough items for three parts (two full), each of one line: edits meet the parts' edges. */
const longMinutes = (): LexicalState =>
  state([
    paragraphJson('Present: the committee.'),
    ...Array.from({ length: 2 * PART_SIZE + 3 }, (_, item) => [agendaItemJson(`item-${item}`, `Item ${item}`), paragraphJson(`Line ${item}.0`)]).flat(),
  ]);

function opened(content: LexicalState = flatMinutes()): LexicalEditor {
  const editor = minutesEditor();
  editor.update(() => openMinutes(content)(editor), { discrete: true });
  return editor;
}

/** The editor's shape, parts set aside: a section as the texts of its blocks, a block at the root as its text (the close named). */
function shapeOf(editor: LexicalEditor): Array<string | string[]> {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .flatMap((child) => ($isAgendaPartNode(child) ? child.getChildren() : [child]))
      .map((child) =>
        $isAgendaSectionNode(child)
          ? child.getChildren().map((block) => block.getTextContent())
          : $isMeetingCloseNode(child)
            ? '(the close)'
            : child.getTextContent(),
      ),
  );
}

/** How many sections each part holds, in order. */
function partSizesOf(editor: LexicalEditor): number[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .filter($isAgendaPartNode)
      .map((part) => part.getChildrenSize()),
  );
}

/** Every way the shape can be wrong; empty when the invariant holds. */
function breachesOf(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() => {
    const breaches: string[] = [];
    // Blocks may sit at the root before the first part, and from the close on.
    let rootAllowed = true;
    const sections: LexicalNode[] = [];
    for (const child of $getRoot().getChildren()) {
      if ($isAgendaSectionNode(child)) breaches.push('a section at the root');
      if (!$isAgendaPartNode(child)) {
        if ($isAgendaItemNode(child)) breaches.push('a heading outside a section');
        if ($isMeetingCloseNode(child)) rootAllowed = true;
        else if (!rootAllowed && !$isAgendaSectionNode(child)) breaches.push(`a block at the root after a part: ${child.getTextContent()}`);
        continue;
      }
      rootAllowed = false;
      const inPart = child.getChildren();
      if (inPart.length === 0) breaches.push('an empty part');
      if (inPart.length >= 2 * PART_SIZE) breaches.push(`a part of ${inPart.length} sections`);
      for (const node of inPart) {
        if ($isAgendaSectionNode(node)) sections.push(node);
        else breaches.push(`${node.getType()} in a part: ${node.getTextContent()}`);
      }
    }
    for (const section of sections) {
      const blocks = (section as AgendaSectionNode).getChildren();
      if (blocks.some($isMeetingCloseNode)) breaches.push('the close in a section');
      if (blocks.length === 0) breaches.push('an empty section');
      else if (!$isAgendaItemNode(blocks[0])) breaches.push('a section not starting with its heading');
      if (blocks.slice(1).some($isAgendaItemNode)) breaches.push('two headings in one section');
      if (blocks.some((block) => $isAgendaSectionNode(block) || $isAgendaPartNode(block))) breaches.push('a section or part in a section');
    }
    return breaches;
  });
}

/** The flat JSON, worked out here independently of the app's own flattening. */
function flatJsonOf(editorState: EditorState): string {
  const json = editorState.toJSON() as unknown as { root: { children: Array<{ type: string; children?: unknown[] }> } };
  type Child = { type: string; children?: Child[] };
  const flat = (child: Child): Child[] => (child.type === AGENDA_PART_TYPE || child.type === AGENDA_SECTION_TYPE ? child.children!.flatMap(flat) : [child]);
  const children = (json.root.children as Child[]).flatMap(flat);
  return JSON.stringify({ ...json, root: { ...json.root, children } });
}

type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'paragraph'; at: number }
  | { kind: 'heading-after'; at: number }
  | { kind: 'heading-at-end' }
  | { kind: 'block-at-end' }
  | { kind: 'close-after'; at: number }
  | { kind: 'remove'; at: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'undo'; back: number }
  | { kind: 'write' };

const index = fc.nat({ max: 1000 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: index, text: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('paragraph' as const), at: index }),
  fc.record({ kind: fc.constant('heading-after' as const), at: index }),
  fc.record({ kind: fc.constant('heading-at-end' as const) }),
  fc.record({ kind: fc.constant('block-at-end' as const) }),
  fc.record({ kind: fc.constant('close-after' as const), at: index }),
  fc.record({ kind: fc.constant('remove' as const), at: index }),
  fc.record({ kind: fc.constant('move' as const), from: index, to: index }),
  fc.record({ kind: fc.constant('undo' as const), back: fc.nat({ max: 5 }) }),
  fc.record({ kind: fc.constant('write' as const) }),
);

/** Edits as the app's block code makes them: on blocks as siblings, as if the minutes were flat. */
function apply(editor: LexicalEditor, change: Edit, history: EditorState[]): void {
  if (change.kind === 'write') return;
  if (change.kind === 'undo') {
    const older = history[Math.max(0, history.length - 1 - change.back)];
    if (older) editor.setEditorState(older);
    return;
  }
  editor.update(
    () => {
      const blocks = $minutesBlocks();
      const at = (n: number): LexicalNode | undefined => blocks[n % Math.max(1, blocks.length)];
      switch (change.kind) {
        case 'type': {
          const text = $getRoot().getAllTextNodes()[change.at % Math.max(1, $getRoot().getAllTextNodes().length)];
          if ($isTextNode(text)) text.setTextContent(text.getTextContent() + change.text);
          break;
        }
        case 'paragraph':
          at(change.at)?.insertAfter($createParagraphNode().append($createTextNode(`new ${change.at}`)));
          break;
        case 'heading-after':
          at(change.at)?.insertAfter($createAgendaItemNode({ itemId: `new-${change.at}` }).append($createTextNode(`New ${change.at}`)));
          break;
        case 'heading-at-end':
          $getRoot().append($createAgendaItemNode({ itemId: 'last' }).append($createTextNode('Last')));
          break;
        case 'block-at-end':
          $getRoot().append($createParagraphNode().append($createTextNode('appended')));
          break;
        case 'close-after':
          at(change.at)?.insertAfter($createMeetingCloseNode());
          break;
        case 'remove':
          if (blocks.length > 1) at(change.at)?.remove();
          break;
        case 'move': {
          const [block, target] = [at(change.from), at(change.to)];
          if (block && target && !block.is(target)) target.insertBefore(block);
          break;
        }
      }
    },
    { discrete: true },
  );
}

describe('the editor’s agenda sections', () => {
  it('group the blocks as the document opens, and flatten back to exactly the file’s JSON', () => {
    const editor = opened();
    expect(shapeOf(editor)).toEqual([
      'Present: the committee.',
      ['Item 0', 'Line 0.0', 'Line 0.1', 'Line 0.2'],
      ['Item 1', 'Line 1.0', 'Line 1.1', 'Line 1.2'],
      ['Item 2', 'Line 2.0', 'Line 2.1', 'Line 2.2'],
    ]);
    // What the same document writes from an editor without sections, byte for byte.
    const withoutSections = minutesEditor();
    withoutSections.setEditorState(withoutSections.parseEditorState(flatMinutes() as never));
    const flat = JSON.stringify(withoutSections.getEditorState().toJSON());
    expect(JSON.stringify(minutesStateOf(editor.getEditorState()))).toBe(flat);
    expect(createMinutesJsonWriter().write(editor.getEditorState())).toBe(flat);
    expect(flatMinutesJson(groupedMinutesJson(flatMinutes()))).toEqual(flatMinutes());
  });

  it('keep the meeting’s close, and anything after it, at the root after the last section', () => {
    const withClose = () => {
      const minutes = flatMinutes();
      (minutes.root.children as unknown[]).push(close('', 'Chair', '17:30', '18:45'), paragraphJson('After the close.'));
      return minutes;
    };
    const editor = opened(withClose());
    expect(shapeOf(editor).slice(3)).toEqual([['Item 2', 'Line 2.0', 'Line 2.1', 'Line 2.2'], '(the close)', 'After the close.']);
    expect(flatMinutesJson(groupedMinutesJson(withClose()))).toEqual(withClose());
    // The close put in at the caret inside an item goes out to the root with the blocks after it.
    editor.update(
      () =>
        $minutesBlocks()
          .find((block) => $isMeetingCloseNode(block))!
          .remove(),
      { discrete: true },
    );
    editor.update(() => $minutesBlocks()[10]!.insertAfter($createMeetingCloseNode()), { discrete: true });
    expect(shapeOf(editor).slice(3)).toEqual([['Item 2', 'Line 2.0'], '(the close)', 'Line 2.1', 'Line 2.2', 'After the close.']);
    expect(breachesOf(editor)).toEqual([]);
  });

  it('a heading put in mid-item starts a section; a heading removed joins its blocks to the item before', () => {
    const editor = opened();
    editor.update(() => $minutesBlocks()[6]!.insertAfter($createAgendaItemNode({ itemId: 'split' }).append($createTextNode('Split'))), { discrete: true });
    expect(shapeOf(editor).slice(2, 4)).toEqual([
      ['Item 1', 'Line 1.0'],
      ['Split', 'Line 1.1', 'Line 1.2'],
    ]);
    editor.update(
      () =>
        $minutesBlocks()
          .find((block) => block.getTextContent() === 'Split')!
          .remove(),
      { discrete: true },
    );
    expect(shapeOf(editor)[2]).toEqual(['Item 1', 'Line 1.0', 'Line 1.1', 'Line 1.2']);
    // The first heading removed: its blocks go back among those before the first item.
    editor.update(() => $minutesBlocks()[1]!.remove(), { discrete: true });
    expect(shapeOf(editor).slice(0, 4)).toEqual(['Present: the committee.', 'Line 0.0', 'Line 0.1', 'Line 0.2']);
    expect(breachesOf(editor)).toEqual([]);
  });

  it.each([
    ['a short meeting (one part)', flatMinutes],
    ['a long meeting (three parts)', longMinutes],
  ])('keep every block in order, in the flat list and as the autosave writes it, whatever the edits, undo included: %s', (_name, minutes) => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        const editor = opened(minutes());
        // One writer checking every node, one following the editor's updates (as the autosave's does).
        const writers = [createMinutesJsonWriter(), createMinutesJsonWriter(editor)];
        const history: EditorState[] = [editor.getEditorState()];
        for (const change of edits) {
          apply(editor, change, history);
          history.push(editor.getEditorState());
          expect(breachesOf(editor)).toEqual([]);
          if (change.kind === 'write' || change.kind === 'undo')
            for (const writer of writers) expect(writer.write(editor.getEditorState())).toBe(flatJsonOf(editor.getEditorState()));
        }
        for (const writer of writers) expect(writer.write(editor.getEditorState())).toBe(flatJsonOf(editor.getEditorState()));
        expect(JSON.stringify(minutesStateOf(editor.getEditorState()))).toBe(flatJsonOf(editor.getEditorState()));
        // The block list, and the block after each, cross from one section to the next as the flat list does.
        editor.getEditorState().read(() => {
          const blocks = $minutesBlocks();
          expect(JSON.parse(flatJsonOf(editor.getEditorState())).root.children).toHaveLength(blocks.length);
          blocks.forEach((block, position) => expect($nextBlock(block)?.getKey() ?? null).toBe(blocks[position + 1]?.getKey() ?? null));
          for (const block of blocks)
            if ($isElementNode(block) && block.getFirstChild()) expect($blockOf(block.getFirstChild()!)?.getKey()).toBe(block.getKey());
        });
      }),
      { numRuns: 200 },
    );
  });

  it('put the sections in parts as the document opens, and keep the parts whole and small at their edges', () => {
    const editor = opened(longMinutes());
    expect(partSizesOf(editor)).toEqual([PART_SIZE, PART_SIZE, 3]);
    // The first heading of the second part removed: its line joins the last item of the first part.
    editor.update(
      () =>
        $minutesBlocks()
          .find((block) => block.getTextContent() === `Item ${PART_SIZE}`)!
          .remove(),
      { discrete: true },
    );
    expect(shapeOf(editor)[PART_SIZE]).toEqual([`Item ${PART_SIZE - 1}`, `Line ${PART_SIZE - 1}.0`, `Line ${PART_SIZE}.0`]);
    expect(partSizesOf(editor)).toEqual([PART_SIZE, PART_SIZE - 1, 3]);
    // Items added at the end, one by one, until the last part would hold twice its size: it is split in two.
    for (let added = 0; added < 2 * PART_SIZE; added++)
      editor.update(() => $getRoot().append($createAgendaItemNode({ itemId: `added-${added}` }).append($createTextNode(`Added ${added}`))), {
        discrete: true,
      });
    expect(partSizesOf(editor).every((size) => size > 0 && size < 2 * PART_SIZE)).toBe(true);
    expect(partSizesOf(editor).reduce((sum, size) => sum + size, 0)).toBe(2 * PART_SIZE + 2 + 2 * PART_SIZE);
    expect(breachesOf(editor)).toEqual([]);
  });

  it('take blocks pasted mid-item, in a part of a long meeting, as the flat minutes would, and regroup them', () => {
    const paste = (editor: LexicalEditor) =>
      editor.update(
        () => {
          const line = $getRoot()
            .getAllTextNodes()
            .find((node) => node.getTextContent() === 'Line 5.0')!;
          line.select(4, 4);
          const pasted = [
            $createParagraphNode().append($createTextNode('Pasted one')),
            $createAgendaItemNode({ itemId: 'pasted' }).append($createTextNode('Pasted item')),
            $createParagraphNode().append($createTextNode('Pasted two')),
          ];
          $insertGeneratedNodes(editor, pasted, $getSelection() as RangeSelection);
        },
        { discrete: true },
      );
    const grouped = opened(longMinutes());
    paste(grouped);
    // The same paste in an editor holding the same minutes flat, with no grouping at all.
    const flat = minutesEditor();
    flat.setEditorState(flat.parseEditorState(longMinutes() as never));
    paste(flat);
    const texts = (editor: LexicalEditor) => editor.getEditorState().read(() => $minutesBlocks().map((block) => block.getTextContent()));
    expect(texts(grouped)).toEqual(texts(flat));
    expect(texts(grouped)).toContain('Pasted item');
    expect(breachesOf(grouped)).toEqual([]);
    expect(shapeOf(grouped)).toContainEqual(['Pasted item', 'Pasted two 5.0']);
    expect(partSizesOf(grouped).reduce((sum, size) => sum + size, 0)).toBe(2 * PART_SIZE + 4);
  });

  it('move an item across the edge of two parts, its blocks with it, up and back down', () => {
    const editor = opened(longMinutes());
    const keyOf = (title: string) =>
      editor.getEditorState().read(() =>
        $minutesBlocks()
          .find((block) => block.getTextContent() === title)!
          .getKey(),
      );
    const items = () => shapeOf(editor).filter((entry): entry is string[] => Array.isArray(entry));
    // The first item of the second part goes above the last item of the first.
    editor.update(() => void $moveAgendaItem(keyOf(`Item ${PART_SIZE}`), 'up'), { discrete: true });
    expect(items().slice(PART_SIZE - 1, PART_SIZE + 1)).toEqual([
      [`Item ${PART_SIZE}`, `Line ${PART_SIZE}.0`],
      [`Item ${PART_SIZE - 1}`, `Line ${PART_SIZE - 1}.0`],
    ]);
    expect(breachesOf(editor)).toEqual([]);
    editor.update(() => void $moveAgendaItem(keyOf(`Item ${PART_SIZE}`), 'down'), { discrete: true });
    expect(items().map((item) => item[0])).toEqual(Array.from({ length: 2 * PART_SIZE + 3 }, (_, item) => `Item ${item}`));
    expect(breachesOf(editor)).toEqual([]);
  });

  it('count the blocks after the close as the last item’s, across the end of the last part', () => {
    const minutes = longMinutes();
    (minutes.root.children as unknown[]).push(close('', 'Chair', '17:30', '18:45'), paragraphJson('After the close.'));
    const editor = opened(minutes);
    editor.update(
      () =>
        $getRoot()
          .getAllTextNodes()
          .find((node) => node.getTextContent() === 'After the close.')!
          .select(0, 0),
      { discrete: true },
    );
    const current = editor.getEditorState().read(() => $currentAgendaItem()?.getTextContent());
    expect(current).toBe(`Item ${2 * PART_SIZE + 2}`);
  });

  it('are not touched by typing: a letter typed in a block leaves its section and part unchanged, so no transform runs', () => {
    const editor = opened();
    const touched: Array<Array<boolean | undefined>> = [];
    editor.registerUpdateListener(({ dirtyElements, editorState }) =>
      editorState.read(() => {
        const section = $minutesBlocks()[5]!.getParent()!;
        const part = section.getParent()!;
        // Marked only as the parents of what changed (false), never changed themselves (true): Lexical runs an element's transforms only then.
        touched.push([dirtyElements.get(section.getKey()), dirtyElements.get(part.getKey())]);
      }),
    );
    editor.update(
      () => {
        const text = $minutesBlocks()[6]!.getTextContent()
          ? $getRoot()
              .getAllTextNodes()
              .find((node) => node.getTextContent() === 'Line 1.1')
          : null;
        if ($isTextNode(text)) text.setTextContent(`${text.getTextContent()} typed`);
      },
      { discrete: true },
    );
    expect(touched).toEqual([[false, false]]);
  });
});
