// @vitest-environment jsdom
// Ctrl+Alt+C in a business item of a meeting built from the shipped Cabinet
// template: the template's empty Decision / Reasons / Other options parts are
// the ones the clerk fills, never a second set beside them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { $getRoot, $getSelection, $isParagraphNode, $isRangeSelection, type RangeSelection, type SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { committeeSchema } from '../../core/model/committee';
import { createEmptyMeeting } from '../../core/model/meeting';
import { readMinutes } from '../../core/minutes/read-minutes';
import { plainText } from '../../core/minutes/rich-text-json';
import { lexicalStateSchema } from '../../core/storage/lexical-state';
import { buildMeeting } from '../../core/templates/build-meeting';
import { buildTemplateCatalogue } from '../../core/templates/template-catalogue';
import { minutesCommands } from '../../renderer/editor/commands/minutes-commands';
import { $isAgendaItemNode } from '../../renderer/editor/nodes/AgendaItemNode';
import { minutesEditor } from './nodes/node-harness';

const templatesFolder = path.resolve(__dirname, '../../templates');
const shipped = readdirSync(templatesFolder)
  .filter((name) => name.endsWith('.json'))
  .map((fileName) => ({ fileName, text: readFileSync(path.join(templatesFolder, fileName), 'utf8') }));

function cabinetMeeting() {
  const template = buildTemplateCatalogue(shipped, []).templates.find((entry) => entry.id === 'cabinet')!.template;
  const committee = committeeSchema.parse({
    id: 'cabinet',
    name: 'Cabinet',
    councilName: 'Bury Council',
    roster: [],
    quorum: 3,
    numberingPrefix: 'CA',
    lastMinuteNumber: 119,
  });
  let counter = 0;
  return buildMeeting({
    committee,
    template,
    templateId: 'cabinet',
    date: '2022-04-13',
    startTime: '18:00',
    venue: '',
    agendaItems: [{ title: 'UPDATE', reportName: null }],
    newItemId: () => `item-${(counter += 1)}`,
  }).document;
}

/** A headless editor holding a new cabinet meeting, with the clerk's keys: typing, Enter, Ctrl+Alt+C. */
function clerkAt(caretOn: 'discussion' | 'decision') {
  const document = cabinetMeeting();
  const editor = minutesEditor();
  editor.setEditorState(editor.parseEditorState(document.content as unknown as SerializedEditorState));
  editor.update(() => {
    const heading = $getRoot()
      .getChildren()
      .find((node) => $isAgendaItemNode(node) && node.getTextContent() === 'UPDATE')!;
    const line = heading.getNextSibling()!;
    if (!$isParagraphNode(line)) throw new Error('the item starts with a line for the discussion');
    // The template's Decision part follows that line: the clerk who arrows down lands in it.
    (caretOn === 'discussion' ? line : line.getNextSibling()!).selectEnd();
  });
  const atCaret = (edit: (selection: RangeSelection) => void) =>
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) edit(selection);
    });
  const meeting = createEmptyMeeting();
  return {
    type: (text: string) => atCaret((selection) => selection.insertText(text)),
    enter: () => atCaret((selection) => selection.insertParagraph()),
    decisionShortcut: () =>
      minutesCommands(meeting)
        .find((command) => command.id === 'cabinet-decision')!
        .run({ editor, meeting, outline: () => [], now: () => new Date(), textLocked: () => false }),
    /** The item's blocks as the exporters will read them, less blank lines. */
    item: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const content = lexicalStateSchema.parse(editor.getEditorState().toJSON());
      return readMinutes(content, document.meeting)
        .items.find((entry) => entry.title === 'UPDATE')!
        .blocks.filter((block) => block.kind !== 'paragraph' || plainText(block.text) !== '');
    },
  };
}

const decided = {
  kind: 'cabinet-decision',
  decision: [[{ text: 'Cabinet noted the update.' }]],
  reasons: [[{ text: 'Council asked for it.' }]],
  alternatives: [[{ text: 'N/A' }]],
};

describe('the cabinet decision in an item of a meeting from the Cabinet template', () => {
  it('Ctrl+Alt+C after the discussion takes the place of the template’s empty parts; Enter, Enter goes part to part', async () => {
    const clerk = clerkAt('discussion');
    clerk.type('The Chief Executive gave an update.');
    clerk.enter();
    clerk.decisionShortcut();
    for (const part of ['Cabinet noted the update.', 'Council asked for it.', 'N/A']) {
      clerk.type(part);
      clerk.enter();
      clerk.enter();
    }
    expect(await clerk.item()).toEqual([{ kind: 'paragraph', text: [{ text: 'The Chief Executive gave an update.' }] }, decided]);
  });

  it('typed into the template’s own Decision part, Enter, Enter moves into its Reasons and Other options instead of adding more', async () => {
    const clerk = clerkAt('decision');
    // Ctrl+Alt+C pressed there too, out of habit: it stays in that part.
    clerk.decisionShortcut();
    for (const part of ['Cabinet noted the update.', 'Council asked for it.', 'N/A']) {
      clerk.type(part);
      clerk.enter();
      clerk.enter();
    }
    expect(await clerk.item()).toEqual([decided]);
  });
});
