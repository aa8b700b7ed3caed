// @vitest-environment jsdom
// Commands that answer from the record instead of asking: the apologies from
// a register with none are the standard "none" line, a declaration offers
// first the item it is most likely about, and F4 inserts another of the last
// block without its chord.
import { $createParagraphNode, $createTextNode, $getNodeByKey, $getRoot, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { readMinutes } from '../../core/minutes/read-minutes';
import { markAttendance } from '../../core/model/attendance';
import { createEmptyMeeting, type Meeting } from '../../core/model/meeting';
import { lexicalStateSchema } from '../../core/storage/lexical-state';
import { minutesCommands } from '../../renderer/editor/commands/minutes-commands';
import { $createAgendaItemNode } from '../../renderer/editor/nodes/AgendaItemNode';
import { OPEN_FIELD_PROMPT_COMMAND, type PromptRequest } from '../../renderer/editor/prompt/prompt-types';
import { hasFields } from '../../renderer/editor/nodes/block-fields-of';
import { minutesEditor } from './nodes/node-harness';

const outline = [
  { key: 'k2', itemId: 'declarations', number: '2', title: 'Declarations of interest', exempt: false, urgent: false },
  { key: 'k3', itemId: 'app-3', number: '3', title: 'APP/20/00094', exempt: false, urgent: false },
  { key: 'k5', itemId: 'app-5', number: '5', title: 'APP/20/00135', exempt: false, urgent: false },
  { key: 'k6', itemId: 'typed', number: '6', title: 'DECLARATIONS OF INTEREST', exempt: false, urgent: false },
];

/** An editor holding the given items (each with an empty line), the caret on the line of `caretIn`. */
function meetingWith(meeting: Meeting, items: Array<{ itemId: string; title: string; standing?: string }>, caretIn: string) {
  const editor = minutesEditor();
  const prompts: Array<PromptRequest<object>> = [];
  editor.registerCommand(OPEN_FIELD_PROMPT_COMMAND, (request) => (prompts.push(request), true), 0);
  editor.update(
    () => {
      let caret: LexicalNode | null = null;
      for (const item of items) {
        const line = $createParagraphNode();
        $getRoot().append($createAgendaItemNode({ itemId: item.itemId, standing: item.standing ?? null }).append($createTextNode(item.title)), line);
        if (item.itemId === caretIn) caret = line;
      }
      (caret as unknown as { select(): void }).select();
    },
    { discrete: true },
  );
  const run = (id: string) =>
    minutesCommands(meeting)
      .find((command) => command.id === id)!
      .run({ editor, meeting, outline: () => outline, now: () => new Date(), textLocked: () => false });
  /** Answers the last prompt's steps in turn as the field prompt would: the value given, else the option offered first. */
  const answerFirstOffered = (values: Record<string, string>) =>
    editor.update(
      () => {
        const request = prompts.at(-1)!;
        const target = $getNodeByKey(request.targetKey);
        for (const step of request.steps) {
          const option = step.options ? (step.options.find((candidate) => candidate.value === values[step.label]) ?? step.options[0]!) : null;
          const patch = step.toPatch(option ? option.value : (values[step.label] ?? ''), option);
          if (patch && hasFields(target)) target.setFields(patch);
        }
      },
      { discrete: true },
    );
  const minuteItems = () => (
    editor.update(() => {}, { discrete: true }),
    readMinutes(lexicalStateSchema.parse(editor.getEditorState().toJSON()), meeting).items
  );
  return { run, prompts, answerFirstOffered, minuteItems, editor };
}

describe('apologies from the register (Ctrl+Alt+Y)', () => {
  it('are the standard line “none” when the register is taken and no one sent any', () => {
    const meeting = { ...createEmptyMeeting(), attendance: [markAttendance(undefined, 'anderson', 'present')] };
    const at = meetingWith(meeting, [{ itemId: 'apologies', title: 'Apologies' }], 'apologies');
    at.run('apologies');
    expect(at.prompts).toEqual([]);
    expect(at.minuteItems()[0]!.blocks).toEqual([{ kind: 'apologies', entries: [] }]);
  });

  it('ask whose they are when no register is taken', () => {
    const at = meetingWith(createEmptyMeeting(), [{ itemId: 'apologies', title: 'Apologies' }], 'apologies');
    at.run('apologies');
    expect(at.prompts.at(-1)!.steps.map((step) => step.label)).toEqual(['Apologies from']);
  });
});

describe('a declaration’s item (Ctrl+Alt+D)', () => {
  const itemOffered = (at: ReturnType<typeof meetingWith>) =>
    at.prompts.at(-1)!.steps.find((step) => step.label === 'Agenda item it concerns')!.options![0]!.label;
  const items = [
    { itemId: 'declarations', title: 'Declarations of interest', standing: 'declarations' },
    { itemId: 'app-3', title: 'APP/20/00094' },
  ];

  it('is first the item it is made in', () => {
    const at = meetingWith(createEmptyMeeting(), items, 'app-3');
    at.run('declaration');
    expect(itemOffered(at)).toBe('3 APP/20/00094');
  });

  it('is not the declarations item itself, when the clerk typed it rather than the template giving it', () => {
    const at = meetingWith(createEmptyMeeting(), [{ itemId: 'typed', title: 'DECLARATIONS OF INTEREST' }, items[1]!], 'typed');
    at.run('declaration');
    expect(itemOffered(at)).toBe('The meeting as a whole');
  });

  it('is, in the declarations item, the meeting as a whole at first and then the item of the declaration above', () => {
    const at = meetingWith(createEmptyMeeting(), items, 'declarations');
    at.run('declaration');
    expect(itemOffered(at)).toBe('The meeting as a whole');
    at.answerFirstOffered({ 'Agenda item it concerns': 'app-5' });
    at.editor.update(
      () => {
        const paragraph = $createParagraphNode();
        $getRoot().getChildren()[1]!.insertAfter(paragraph);
        paragraph.select();
      },
      { discrete: true },
    );
    at.run('declaration');
    expect(itemOffered(at)).toBe('5 APP/20/00135');
  });
});

describe('another of the last block (F4)', () => {
  const items = [{ itemId: 'declarations', title: 'Declarations of interest', standing: 'declarations' }];

  it('inserts another declaration after a declaration, asking its questions again', () => {
    const at = meetingWith(createEmptyMeeting(), items, 'declarations');
    at.run('repeat-block');
    expect(at.prompts).toEqual([]);
    at.run('declaration');
    at.answerFirstOffered({});
    at.run('next-item');
    at.run('repeat-block');
    expect(at.prompts).toHaveLength(2);
    expect(at.prompts[1]!.steps.map((step) => step.label)).toEqual(['Member declaring', 'Kind of interest', 'Agenda item it concerns']);
  });

  it('does not repeat what is not a block of a run (the close)', () => {
    const at = meetingWith(createEmptyMeeting(), items, 'declarations');
    at.run('declaration');
    at.run('close');
    at.run('repeat-block');
    expect(at.prompts.map((prompt) => prompt.steps[0]!.label)).toEqual(['Member declaring', 'Chair signing the minutes', 'Member declaring']);
  });
});
