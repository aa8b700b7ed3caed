// @vitest-environment jsdom
// Remove, replace, merge and split agenda items in a headless editor holding a
// real meeting: each is one undo step, keeps every word it does not delete,
// leaves the caret in the item that holds it (so the next words the clerk
// types are filed under that item), and never lets an exempt item's text into
// the public version.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $getRoot, $getSelection, $isRangeSelection, UNDO_COMMAND, type LexicalEditor, type SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { layoutFromDocument } from '../../core/export/export-minutes';
import { renderLayoutHtml } from '../../core/export/html-writer';
import { committeeSchema } from '../../core/model/committee';
import { readMinutes } from '../../core/minutes/read-minutes';
import { plainText } from '../../core/minutes/rich-text-json';
import { lexicalStateSchema } from '../../core/storage/lexical-state';
import { buildMeeting } from '../../core/templates/build-meeting';
import { buildTemplateCatalogue } from '../../core/templates/template-catalogue';
import { minutesCommands } from '../../renderer/editor/commands/minutes-commands';
import { $isAgendaItemNode, type AgendaItemNode } from '../../renderer/editor/nodes/AgendaItemNode';
import { $agendaItems, $currentAgendaItem } from '../../renderer/editor/outline/agenda-sections';
import { $mergeItems, $removeItem, $replaceItemWith, $retitleItem, $splitItemAtCaret } from '../../renderer/editor/outline/item-edits';
import { $headingTheKeyWouldDelete } from '../../renderer/editor/plugins/HeadingDeletionPlugin';
import { minutesEditor } from './nodes/node-harness';
import { agendaItemJson, paragraphJson, textJson } from '../fixtures/lexical-json';

const SECRET = 'Zanzibarquux';

const text = textJson;
const paragraph = paragraphJson;
const heading = (itemId: string, title: string, exemptParagraph: string | null = null, standing: string | null = null) =>
  agendaItemJson(itemId, title, { standing, exemptParagraph });
const declaration = (itemId: string) => ({
  type: 'declaration',
  version: 1,
  children: [text('as a member of the trust')],
  direction: 'ltr',
  format: '',
  indent: 0,
  memberId: null,
  memberName: 'Councillor Wright',
  kind: 'personal',
  itemId,
});

const meetingDocument = () => {
  const fileName = 'blank.json';
  const shipped = [{ fileName, text: readFileSync(path.resolve(__dirname, '../../templates', fileName), 'utf8') }];
  const template = buildTemplateCatalogue(shipped, []).templates.find((entry) => entry.id === 'blank')!;
  const committee = committeeSchema.parse({
    id: 'c',
    name: 'Committee',
    councilName: 'Bury Council',
    roster: [],
    quorum: 3,
    numberingPrefix: '',
    lastMinuteNumber: 0,
  });
  let counter = 0;
  return buildMeeting({
    committee,
    template: template.template,
    templateId: 'blank',
    date: '2022-04-13',
    startTime: '18:00',
    venue: '',
    agendaItems: [{ title: 'Placeholder', reportName: null }],
    newItemId: () => `built-${(counter += 1)}`,
  }).document;
};

/** Apologies (standing, its wording), Declarations (one naming the exempt item), a public item, an exempt item, the last item. */
const children = [
  heading('item-1', 'Apologies for absence', null, 'apologies'),
  paragraph('Apologies for absence are noted above.'),
  heading('item-2', 'Declarations of interest', null, 'declarations'),
  declaration('item-4'),
  heading('item-3', 'Library opening hours'),
  paragraph('The committee considered the opening hours.'),
  heading('item-4', 'Land sale', '3'),
  paragraph(`The ${SECRET} offer was discussed.`),
  paragraph('Members asked about the price.'),
  heading('item-5', 'Date of next meeting'),
  paragraph(''),
];

function clerk() {
  const editor = minutesEditor();
  const history = createEmptyHistoryState();
  registerHistory(editor, history, 0);
  editor.setEditorState(
    editor.parseEditorState({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } } as unknown as SerializedEditorState),
  );
  // The meeting as opened is where undo stops, as in the app.
  history.current = { editor, editorState: editor.getEditorState() };
  const item = (title: string) => $agendaItems().find((candidate) => candidate.getTextContent() === title)!;
  return {
    editor,
    /** One change, as a command makes it: one update, one undo step. */
    edit: (change: (item: (title: string) => AgendaItemNode) => void) => editor.update(() => change(item), { discrete: true }),
    caretAfter: (title: string, words: string) =>
      editor.update(
        () => {
          const node = item(title);
          let block = node.getNextSibling();
          while (block && !block.getTextContent().includes(words)) block = block.getNextSibling();
          const textNode = (block as unknown as { getFirstDescendant(): { getKey(): string } }).getFirstDescendant();
          const at = block!.getTextContent().indexOf(words) + words.length;
          const selection = block!.selectStart();
          selection.anchor.set(textNode.getKey(), at, 'text');
          selection.focus.set(textNode.getKey(), at, 'text');
        },
        { discrete: true },
      ),
    type: (words: string) =>
      editor.update(
        () => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.insertText(words);
        },
        { discrete: true },
      ),
    undo: async () => {
      editor.dispatchCommand(UNDO_COMMAND, undefined);
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    json: () => JSON.stringify(editor.getEditorState().toJSON()),
    currentTitle: () => editor.getEditorState().read(() => $currentAgendaItem()?.getTextContent() ?? null),
    titles: () => editor.getEditorState().read(() => $agendaItems().map((node) => node.getTextContent())),
    items: () => itemsOf(editor),
    words: () => wordsIn(editor),
    publicHtml: () => exportHtml(editor, 'public'),
    fullHtml: () => exportHtml(editor, 'full'),
  };
}

function contentOf(editor: LexicalEditor) {
  return lexicalStateSchema.parse(editor.getEditorState().toJSON());
}

function itemsOf(editor: LexicalEditor) {
  const document = meetingDocument();
  return readMinutes(contentOf(editor), document.meeting).items.map((entry) => ({
    title: entry.title,
    exempt: entry.exempt !== null,
    text: entry.blocks
      .map((block) => ('text' in block ? plainText(block.text as never) : block.kind))
      .filter(Boolean)
      .join(' | '),
  }));
}

function wordsIn(editor: LexicalEditor): string[] {
  return editor
    .getEditorState()
    .read(() => $getRoot().getTextContent())
    .split(/\s+/)
    .filter(Boolean)
    .sort();
}

function exportHtml(editor: LexicalEditor, version: 'public' | 'full'): string {
  const document = { ...meetingDocument(), content: contentOf(editor) };
  return renderLayoutHtml(layoutFromDocument(document, { version, appendices: [] }));
}

describe('Remove item', () => {
  it('moves the text into the previous item, which becomes exempt if the text was; the next words land there', async () => {
    const c = clerk();
    const before = c.json();
    const words = c.words();
    c.caretAfter('Land sale', 'price.');
    c.edit((item) => $removeItem(item('Land sale'), 'previous', false));
    expect(c.titles()).toEqual(['Apologies for absence', 'Declarations of interest', 'Library opening hours', 'Date of next meeting']);
    expect(c.items()[2]).toEqual({
      title: 'Library opening hours',
      exempt: true,
      text: `The committee considered the opening hours. | The ${SECRET} offer was discussed. | Members asked about the price.`,
    });
    // Every word but the title's is still there.
    expect(c.words()).toEqual(words.filter((word) => !['Land', 'sale'].includes(word)));
    expect(c.publicHtml()).not.toContain(SECRET);
    expect(c.fullHtml()).toContain(SECRET);
    expect(c.currentTitle()).toBe('Library opening hours');
    c.type(' Typed after.');
    expect(c.items()[2]!.text).toMatch(/price\. Typed after\.$/);
    await c.undo();
    await c.undo();
    expect(c.json()).toBe(before);
  });

  it('moves the text into the next item, and the declaration that named the removed item names that item', () => {
    const c = clerk();
    c.edit((item) => $removeItem(item('Land sale'), 'next', false));
    expect(c.items()[3]).toEqual({
      title: 'Date of next meeting',
      exempt: true,
      text: `The ${SECRET} offer was discussed. | Members asked about the price.`,
    });
    expect(c.publicHtml()).not.toContain(SECRET);
    const declared = c.editor
      .getEditorState()
      .toJSON()
      .root.children.find((node) => node.type === 'declaration') as unknown as { itemId: string };
    expect(declared.itemId).toBe('item-5');
  });

  it('deletes an item and its text in one undo step, the caret at the end of the item before', async () => {
    const c = clerk();
    const before = c.json();
    c.caretAfter('Land sale', 'price.');
    c.edit((item) => $removeItem(item('Land sale'), 'delete', false));
    expect(c.titles()).toEqual(['Apologies for absence', 'Declarations of interest', 'Library opening hours', 'Date of next meeting']);
    expect(c.json()).not.toContain(SECRET);
    expect(c.currentTitle()).toBe('Library opening hours');
    await c.undo();
    expect(c.json()).toBe(before);
  });

  it('Ctrl+Alt+Shift+R removes an empty item at once', async () => {
    const c = clerk();
    c.editor.update(() => $agendaItems().at(-1)!.selectEnd(), { discrete: true });
    const command = minutesCommands({ ...meetingDocument().meeting }).find((candidate) => candidate.shortcut === 'Ctrl+Alt+Shift+R')!;
    command.run({ editor: c.editor, meeting: meetingDocument().meeting, outline: () => [], now: () => new Date(), textLocked: () => false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(c.titles()).not.toContain('Date of next meeting');
    expect(c.currentTitle()).toBe('Land sale');
  });

  it('with the caret in the first item’s emptied heading, puts the caret in the text it moved, so the next words are filed there', () => {
    const c = clerk();
    c.edit((item) => {
      item('Apologies for absence').clear();
      item('').select();
    });
    c.edit(() => $removeItem($agendaItems()[0]!, 'next', true));
    expect(c.currentTitle()).toBe('Declarations of interest');
    c.type('Typed next. ');
    expect(c.items()[0]).toEqual({
      title: 'Declarations of interest',
      exempt: false,
      text: 'Typed next. Apologies for absence are noted above. | declarations',
    });
  });

  it('keeps a deleted heading’s words as the first paragraph of its text (a heading deleted with Backspace)', () => {
    const c = clerk();
    c.edit((item) => $removeItem(item('Library opening hours'), 'previous', true));
    expect(c.items()[1]!.text).toBe('declarations | Library opening hours | The committee considered the opening hours.');
  });
});

describe('Merge items', () => {
  it('an exempt item merged into a public one makes it exempt; blocks keep their order; one undo step', async () => {
    const c = clerk();
    const before = c.json();
    const words = c.words();
    c.edit((item) => $mergeItems(item('Library opening hours'), item('Land sale'), true));
    expect(c.items()[2]).toEqual({
      title: 'Library opening hours',
      exempt: true,
      text: `The committee considered the opening hours. | Land sale | The ${SECRET} offer was discussed. | Members asked about the price.`,
    });
    expect(c.words()).toEqual(words);
    expect(c.publicHtml()).not.toContain(SECRET);
    expect(c.fullHtml()).toContain(SECRET);
    await c.undo();
    expect(c.json()).toBe(before);
  });

  it('a public item merged into an exempt one stays exempt, and the title can be dropped', () => {
    const c = clerk();
    c.edit((item) => $mergeItems(item('Land sale'), item('Date of next meeting'), false));
    expect(c.items().map((entry) => [entry.title, entry.exempt])).toEqual([
      ['Apologies for absence', false],
      ['Declarations of interest', false],
      ['Library opening hours', false],
      ['Land sale', true],
    ]);
  });
});

describe('Split item', () => {
  it('splits the paragraph at the caret into a new item with an empty title the caret is in; both halves of an exempt item stay exempt', async () => {
    const c = clerk();
    const before = c.json();
    const words = c.words();
    c.caretAfter('Land sale', 'offer');
    c.edit(() => void $splitItemAtCaret());
    c.type('Price of the land');
    expect(c.items().slice(3)).toEqual([
      { title: 'Land sale', exempt: true, text: `The ${SECRET} offer` },
      { title: 'Price of the land', exempt: true, text: 'was discussed. | Members asked about the price.' },
      { title: 'Date of next meeting', exempt: false, text: '' },
    ]);
    expect(c.words()).toEqual([...words, 'Price', 'of', 'the', 'land'].sort());
    expect(c.publicHtml()).not.toContain(SECRET);
    await c.undo();
    await c.undo();
    expect(c.json()).toBe(before);
  });

  it('with words selected, splits at the start of the selection and keeps the words', () => {
    const c = clerk();
    const words = c.words();
    c.caretAfter('Land sale', 'The');
    c.editor.update(
      () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.focus.set(selection.anchor.key, selection.anchor.offset + 6, 'text');
      },
      { discrete: true },
    );
    c.edit(() => void $splitItemAtCaret());
    expect(c.words()).toEqual(words);
    expect(c.items()[4]).toEqual({ title: '', exempt: true, text: `${SECRET} offer was discussed. | Members asked about the price.` });
  });

  it('at the end of a block, starts the new item after it', () => {
    const c = clerk();
    c.caretAfter('Library opening hours', 'hours.');
    c.edit(() => void $splitItemAtCaret());
    c.type('Another');
    expect(c.titles()).toContain('Another');
    expect(c.items()[3]).toEqual({ title: 'Another', exempt: false, text: '' });
  });
});

describe('Split item with the caret in a heading', () => {
  const caretInTitle = (c: ReturnType<typeof clerk>, title: string, offset: number) =>
    c.editor.update(
      () => {
        const node = $agendaItems().find((candidate) => candidate.getTextContent() === title)!;
        const textNode = node.getFirstDescendant()!;
        const selection = node.selectStart();
        selection.anchor.set(textNode.getKey(), offset, 'text');
        selection.focus.set(textNode.getKey(), offset, 'text');
      },
      { discrete: true },
    );

  it('in the middle, the rest of the title starts a new item and the text under it follows; the caret is in the new title', () => {
    const c = clerk();
    const words = c.words();
    caretInTitle(c, 'Library opening hours', 'Library'.length);
    c.edit(() => void $splitItemAtCaret());
    c.type('Library ');
    expect(c.items()[2]).toEqual({ title: 'Library', exempt: false, text: '' });
    expect(c.items()[3]).toEqual({ title: 'Library opening hours', exempt: false, text: 'The committee considered the opening hours.' });
    expect(c.words()).toEqual([...words, 'Library'].sort());
  });

  it('at the start, a new empty item goes before it and the item keeps its title and text', () => {
    const c = clerk();
    caretInTitle(c, 'Land sale', 0);
    c.edit(() => void $splitItemAtCaret());
    c.type('Urgent item');
    expect(c.items().slice(3, 5)).toEqual([
      { title: 'Urgent item', exempt: true, text: '' },
      { title: 'Land sale', exempt: true, text: `The ${SECRET} offer was discussed. | Members asked about the price.` },
    ]);
    expect(c.publicHtml()).not.toContain(SECRET);
  });

  it('is one undo step', async () => {
    const c = clerk();
    const before = c.json();
    caretInTitle(c, 'Library opening hours', 4);
    c.edit(() => void $splitItemAtCaret());
    await c.undo();
    expect(c.json()).toBe(before);
  });
});

describe('Replace item', () => {
  it('retitles a standing item, clearing its standing wording, in one undo step', async () => {
    const c = clerk();
    const before = c.json();
    c.edit((item) => $retitleItem(item('Apologies for absence'), 'Minutes of the last meeting', false));
    expect(c.items()[0]).toEqual({ title: 'Minutes of the last meeting', exempt: false, text: '' });
    expect(c.currentTitle()).toBe('Minutes of the last meeting');
    const first = c.editor.getEditorState().toJSON().root.children[0] as unknown as { standing: string | null };
    expect(first.standing).toBeNull();
    await c.undo();
    expect(c.json()).toBe(before);
  });

  it('puts another item (with its text) in a standing item’s place, keeping the standing item’s text if asked', () => {
    const c = clerk();
    c.edit((item) => $replaceItemWith(item('Apologies for absence'), item('Date of next meeting'), true));
    expect(c.items()[0]).toEqual({ title: 'Date of next meeting', exempt: false, text: 'Apologies for absence are noted above.' });
    expect(c.titles()).toHaveLength(4);
  });
});

describe('Backspace or Delete that would take a heading away', () => {
  const would = (c: ReturnType<typeof clerk>, place: () => void, backward: boolean) => {
    c.editor.update(place, { discrete: true });
    return c.editor.getEditorState().read(() => $headingTheKeyWouldDelete(backward)?.getTextContent() ?? null);
  };

  it('is caught at the start of a heading, at the end of the block before one, and over a range that reaches into one', () => {
    const c = clerk();
    const item = (title: string) => $agendaItems().find((candidate) => candidate.getTextContent() === title)!;
    expect(would(c, () => item('Land sale').selectStart(), true)).toBe('Land sale');
    expect(would(c, () => item('Land sale').getPreviousSibling()!.selectEnd(), false)).toBe('Land sale');
    expect(
      would(
        c,
        () => {
          const selection = item('Library opening hours').getNextSibling()!.selectStart();
          const end = item('Land sale').getNextSibling()!;
          selection.focus.set(end.getKey(), 0, 'element');
        },
        true,
      ),
    ).toBe('Land sale');
  });

  it('is not caught for words inside a heading or a paragraph', () => {
    const c = clerk();
    const item = (title: string) => $agendaItems().find((candidate) => candidate.getTextContent() === title)!;
    expect(would(c, () => item('Land sale').selectEnd(), true)).toBeNull();
    expect(would(c, () => item('Land sale').select(0, 4), true)).toBeNull();
    expect(would(c, () => item('Land sale').getNextSibling()!.selectEnd(), true)).toBeNull();
    expect(c.editor.getEditorState().read(() => $isAgendaItemNode($agendaItems()[0]!))).toBe(true);
  });
});

describe('an exempt item’s words never reach the public version by any item command', () => {
  const operations: Array<[string, (item: (title: string) => AgendaItemNode) => void]> = [
    ['removed, text to the previous item', (item) => $removeItem(item('Land sale'), 'previous', true)],
    ['removed, text to the next item', (item) => $removeItem(item('Land sale'), 'next', true)],
    ['merged into the item before', (item) => $mergeItems(item('Library opening hours'), item('Land sale'), true)],
    ['the item after merged into it', (item) => $mergeItems(item('Land sale'), item('Date of next meeting'), true)],
    ['replaced by a public item, keeping its text', (item) => $replaceItemWith(item('Land sale'), item('Library opening hours'), true)],
    ['put in a public item’s place, keeping that item’s text', (item) => $replaceItemWith(item('Library opening hours'), item('Land sale'), true)],
    ['retitled, keeping its text', (item) => $retitleItem(item('Land sale'), 'Property matters', true)],
  ];

  for (const [what, operation] of operations)
    it(`when ${what}`, () => {
      const c = clerk();
      c.edit(operation);
      expect(c.publicHtml()).not.toContain(SECRET);
      expect(c.fullHtml()).toContain(SECRET);
    });

  it('when split at the caret', () => {
    const c = clerk();
    c.caretAfter('Land sale', 'The');
    c.edit(() => void $splitItemAtCaret());
    c.type('Offer');
    expect(c.publicHtml()).not.toContain(SECRET);
    expect(c.fullHtml()).toContain(SECRET);
  });
});
