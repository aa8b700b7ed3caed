// @vitest-environment jsdom
// Shift+F9, one key for "nothing under this standing item": the item's own
// "none" line (apologies, declarations…), read as that block with no entries;
// refused, with why, under an item of business and under apologies when the
// register has some.
import { $createParagraphNode, $createTextNode, $getRoot, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { describe, expect, it } from 'vitest';
import { readMinutes } from '../../core/minutes/read-minutes';
import { markAttendance } from '../../core/model/attendance';
import { createEmptyMeeting, type Meeting } from '../../core/model/meeting';
import { lexicalStateSchema } from '../../core/storage/lexical-state';
import { minutesCommands } from '../../renderer/editor/commands/minutes-commands';
import { $createAgendaItemNode } from '../../renderer/editor/nodes/AgendaItemNode';
import { OPEN_FIELD_PROMPT_COMMAND, type PromptRequest } from '../../renderer/editor/prompt/prompt-types';
import { minutesEditor } from './nodes/node-harness';

function shiftF9Under(title: string, meeting: Meeting = createEmptyMeeting()) {
  const editor = minutesEditor();
  const said: Array<PromptRequest<object>> = [];
  editor.registerCommand(
    OPEN_FIELD_PROMPT_COMMAND,
    (request) => {
      said.push(request);
      return true;
    },
    COMMAND_PRIORITY_EDITOR,
  );
  editor.update(
    () => {
      const line = $createParagraphNode();
      $getRoot().append($createAgendaItemNode({ itemId: 'i1' }).append($createTextNode(title)), line);
      line.select();
    },
    { discrete: true },
  );
  const command = minutesCommands(meeting).find((entry) => entry.shortcut === 'Shift+F9')!;
  command.run({ editor, meeting, outline: () => [], now: () => new Date(), textLocked: () => false });
  editor.update(() => {}, { discrete: true });
  const blocks = readMinutes(lexicalStateSchema.parse(editor.getEditorState().toJSON()), meeting).items[0]!.blocks.filter(
    (block) => block.kind !== 'paragraph',
  );
  return { blocks, said: said.map((request) => request.steps[0]!.label) };
}

describe('Shift+F9 (nothing under this standing item)', () => {
  it('writes the standing item’s own none line', () => {
    expect(shiftF9Under('Declaration on Interest')).toEqual({ blocks: [{ kind: 'declarations', entries: [] }], said: [] });
    expect(shiftF9Under('Apologies')).toEqual({ blocks: [{ kind: 'apologies', entries: [] }], said: [] });
  });

  it('refuses under an item of business, saying why, and inserts nothing', () => {
    const { blocks, said } = shiftF9Under('Matters to Report');
    expect(blocks).toEqual([]);
    expect(said).toEqual([
      '“Matters to Report” is not a standing item with a “none” line (apologies, declarations, public or member questions, urgent business): type what happened.',
    ]);
  });

  it('refuses “no apologies” when the register has apologies', () => {
    const kelly = { id: 'kelly', title: 'Councillor', name: 'Stuart Kelly', role: 'member' as const, jobTitle: '', voting: true, retired: false };
    const meeting = { ...createEmptyMeeting(), roster: [kelly], attendance: [markAttendance(undefined, 'kelly', 'apologies')] };
    const { blocks, said } = shiftF9Under('Apologies for absence', meeting);
    expect(blocks).toEqual([]);
    expect(said[0]).toContain('Ctrl+Alt+Y lists them');
  });
});
