// Committees, templates and new meetings through dispatch(), as ipcMain calls
// them: real temp folders for the data folder and the template folders.
import { readFileSync } from 'node:fs';
import { cp, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../electron/main/ports/handler-types';
import { dispatch } from '../../electron/main/ipc/dispatch';
import type { ScriptedDialogs } from '../e2e/harness/scripted-dialogs';
import type { TestWindows } from '../e2e/harness/test-windows';
import { SEED_000_ROSTER_LINES } from '../core/model/seed-000-roster';
import { importRosterLines } from '../../core/model/roster-import';
import { dispatcher } from './dispatch-kit';
import { handlerRig } from './support/handler-rig';
import { fixedClock } from './support/test-deps';

const context = { windowId: 1 };
let directory: string;
let dataDirectory: string;
let dialogs: ScriptedDialogs;
let windows: TestWindows;
let table: HandlerTable;

const { call } = dispatcher(() => table);

const roster = importRosterLines(SEED_000_ROSTER_LINES, (i) => `p${i}`).people;
const cyp = {
  id: '',
  name: 'Children and Young People Scrutiny Committee',
  councilName: 'Bury Council',
  roster,
  quorum: 4,
  numberingPrefix: 'CYP',
  lastMinuteNumber: 11,
  lastMeetingDate: '2022-01-19',
};
const meetingInput = {
  templateId: 'committee',
  date: '2022-03-23',
  venue: 'Bury Town Hall',
  startTime: '18:00',
  agendaItems: [{ title: 'Draft improvement plan', reportName: 'Improvement plan' }],
};

beforeEach(async () => {
  ({ directory, dataDirectory, dialogs, windows, table } = await handlerRig('meetings', { deps: { clock: fixedClock('2022-03-23T18:00:00Z') } }));
});

describe('committees', () => {
  it('are set up once, kept in the data folder, and given ids from their names', async () => {
    const { committee } = await call<{ committee: { id: string } }>('meeting/save-committee', { committee: cyp });
    expect(committee.id).toBe('children-and-young-people-scrutiny-committee');
    const second = await call<{ committee: { id: string } }>('meeting/save-committee', { committee: cyp });
    expect(second.committee.id).toBe('children-and-young-people-scrutiny-committee-2');
    await call('meeting/save-committee', { committee: { ...cyp, id: committee.id, quorum: 5 } });
    const onDisk = JSON.parse(await readFile(path.join(dataDirectory, 'committees.json'), 'utf8'));
    expect(onDisk.committees.map((c: { id: string; quorum: number }) => [c.id, c.quorum])).toEqual([
      ['children-and-young-people-scrutiny-committee', 5],
      ['children-and-young-people-scrutiny-committee-2', 4],
    ]);
    expect(onDisk.committees[0].roster).toHaveLength(15);
  });

  it('refuses a committee without a name, naming the field', async () => {
    const result = await dispatch(table, 'meeting/save-committee', { committee: { ...cyp, name: ' ' } }, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    if (!result.ok) expect(result.error.message).toContain('committee.name');
  });

  it('keeps a roster changed during a meeting, and says so when the committee has gone', async () => {
    const { committee } = await call<{ committee: { id: string } }>('meeting/save-committee', { committee: cyp });
    const changed = [...roster.slice(1), { ...roster[0]!, retired: true }];
    const kept = await call<{ committee: { roster: Array<{ name: string; retired: boolean }> } }>('meeting/keep-roster', {
      committeeId: committee.id,
      roster: changed,
    });
    expect(kept.committee.roster.map((person) => person.name)).toEqual(changed.map((person) => person.name));
    const setup = await call<{ committees: Array<{ roster: Array<{ name: string; retired: boolean }> }> }>('meeting/setup', {});
    expect(setup.committees[0]!.roster.at(-1)).toMatchObject({ name: 'S Wright', retired: true });
    const gone = await dispatch(table, 'meeting/keep-roster', { committeeId: 'nobody', roster: changed }, context);
    expect(gone.ok || gone.error.message).toBe('That committee is no longer set up, so its roster could not be changed. Set it up again from New meeting.');
  });

  it('never overwrites a damaged committees file', async () => {
    await mkdir(dataDirectory, { recursive: true });
    await writeFile(path.join(dataDirectory, 'committees.json'), '{"version": 1, "committees": [{"id": 7}]}');
    const result = await dispatch(table, 'meeting/save-committee', { committee: cyp }, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    if (!result.ok) expect(result.error.message).toContain('committees.json');
    expect(await readFile(path.join(dataDirectory, 'committees.json'), 'utf8')).toBe('{"version": 1, "committees": [{"id": 7}]}');
  });
});

describe('templates', () => {
  it('lists the shipped templates and leaves out a broken own one with its problem', async () => {
    await mkdir(path.join(dataDirectory, 'templates'), { recursive: true });
    await cp(path.resolve(__dirname, '../core/templates/broken-templates/missing-title.json'), path.join(dataDirectory, 'templates', 'missing-title.json'));
    const setup = await call<{ templates: Array<{ id: string; outline: string[] }>; problems: string[] }>('meeting/setup', {});
    expect(setup.templates.map((template) => template.id)).toEqual(['committee', 'cabinet', 'scrutiny', 'planning-committee', 'parish-council', 'blank']);
    expect(setup.templates[0]!.outline).toEqual([
      'Apologies for absence',
      'Declarations of interest',
      'Public questions',
      'Member questions',
      '…',
      'Urgent business',
    ]);
    expect(setup.problems).toEqual(['Template “missing-title.json”: field “items[1].title” is missing. Fix: add it, as text in double quotes.']);
  });

  it("saves a meeting's structure as the council's own template", async () => {
    const { committee } = await call<{ committee: { id: string } }>('meeting/save-committee', { committee: cyp });
    const outcome = await call<{ opened: { document: { meeting: unknown; content: unknown } } }>('meeting/new', {
      ...meetingInput,
      templateId: 'cabinet',
      committeeId: committee.id,
      replaceCurrent: true,
    });
    const saved = await call<{ id: string; replaced: boolean }>('meeting/save-template', {
      name: 'Bury Cabinet',
      description: 'Ours',
      meeting: outcome.opened.document.meeting,
      content: outcome.opened.document.content,
    });
    expect(saved).toEqual({ id: 'bury-cabinet', replaced: false, replacesShipped: false });
    const again = { name: 'Cabinet', description: '', meeting: outcome.opened.document.meeting, content: outcome.opened.document.content };
    expect(await call('meeting/save-template', again)).toEqual({ id: 'cabinet', replaced: false, replacesShipped: true });
    expect(await call('meeting/save-template', again)).toEqual({ id: 'cabinet', replaced: true, replacesShipped: true });
    const setup = await call<{ templates: Array<{ id: string; source: string; name: string }> }>('meeting/setup', {});
    expect(setup.templates.find((template) => template.id === 'bury-cabinet')).toMatchObject({ source: 'own', name: 'Bury Cabinet' });

    // Used for the next meeting: the same standing items, wording and decision parts, with that meeting's own business.
    type Built = {
      opened: {
        document: {
          meeting: { wording: unknown; templateId: string };
          content: { root: { children: Array<{ type: string; children?: Array<{ text?: string }> }> } };
        };
      };
    };
    const next = await call<Built>('meeting/new', {
      ...meetingInput,
      date: '2022-04-20',
      templateId: 'bury-cabinet',
      committeeId: committee.id,
      agendaItems: [{ title: 'Budget monitoring' }],
      replaceCurrent: true,
    });
    const titles = (built: Built) =>
      built.opened.document.content.root.children.filter((node) => node.type === 'agenda-item').map((node) => node.children?.[0]?.text);
    expect(titles(next)).toEqual([
      'Apologies for absence',
      'Declarations of interest',
      'Public question time',
      'Minutes',
      'Member question time',
      'Budget monitoring',
      'Urgent business',
    ]);
    expect(next.opened.document.meeting).toMatchObject({ templateId: 'bury-cabinet', wording: { resolutionsHeading: 'Resolved:' } });
    expect(next.opened.document.content.root.children.filter((node) => node.type === 'cabinet-decision')).toHaveLength(3);
  });
});

describe('a new meeting', () => {
  it('opens in a pristine window with standing items, roster and numbering, and moves the committee on', async () => {
    const { committee } = await call<{ committee: { id: string } }>('meeting/save-committee', { committee: cyp });
    const outcome = await call<{
      status: string;
      opened: { hasFile: boolean; document: { meeting: Record<string, unknown>; content: { root: { children: Array<{ type: string }> } } } };
    }>('meeting/new', {
      ...meetingInput,
      committeeId: committee.id,
      replaceCurrent: true,
    });
    expect(outcome.status).toBe('opened');
    expect(outcome.opened.hasFile).toBe(false);
    expect(outcome.opened.document.meeting).toMatchObject({
      committeeName: cyp.name,
      numbering: { kind: 'prefixed', prefix: 'CYP', firstNumber: 12 },
      quorum: 4,
      venue: 'Bury Town Hall',
    });
    expect(outcome.opened.document.content.root.children.filter((node) => node.type === 'agenda-item')).toHaveLength(6);
    const setup = await call<{ committees: Array<{ lastMinuteNumber: number; lastMeetingDate: string }> }>('meeting/setup', {});
    expect(setup.committees[0]).toMatchObject({ lastMinuteNumber: 17, lastMeetingDate: '2022-03-23' });
  });

  it('never replaces work in progress: the clerk names its file and it opens in a new window', async () => {
    const { committee } = await call<{ committee: { id: string } }>('meeting/save-committee', { committee: cyp });
    dialogs.answerNextSave(path.join(directory, 'cyp-march'));
    const outcome = await call('meeting/new', { ...meetingInput, committeeId: committee.id, replaceCurrent: false });
    expect(outcome).toEqual({ status: 'opened-in-new-window', displayName: 'cyp-march' });
    expect(dialogs.asked).toEqual(['save:Children and Young People Scrutiny Committee 23 March 2022.minutes']);
    expect(windows.requested).toEqual([path.join(directory, 'cyp-march.minutes')]);
    const onDisk = JSON.parse(await readFile(path.join(directory, 'cyp-march.minutes'), 'utf8'));
    expect(onDisk.meeting.roster).toHaveLength(15);
    // The new window is told it holds a meeting just started, so its caret waits in the first item.
    const inNewWindow = dispatcher(() => table, { windowId: windows.claimWindowId() });
    expect(await inNewWindow.call('document/initial', {})).toMatchObject({ opened: { displayName: 'cyp-march' }, startedMeeting: true });
  });

  it('moves the committee on before the new meeting’s window opens, so that window never reads it as it was', async () => {
    const { committee } = await call<{ committee: { id: string } }>('meeting/save-committee', { committee: cyp });
    const committeesFile = path.join(dataDirectory, 'committees.json');
    const lastNumberWhenOpened: number[] = [];
    const open = windows.openNewWindow.bind(windows);
    windows.openNewWindow = (filePath?: string, opening?: { startedMeeting: boolean }) => {
      lastNumberWhenOpened.push(JSON.parse(readFileSync(committeesFile, 'utf8')).committees[0].lastMinuteNumber);
      open(filePath, opening);
    };
    dialogs.answerNextSave(path.join(directory, 'cyp-march'));
    await call('meeting/new', { ...meetingInput, committeeId: committee.id, replaceCurrent: false });
    const after = JSON.parse(await readFile(committeesFile, 'utf8')).committees[0].lastMinuteNumber;
    expect(after).toBeGreaterThan(cyp.lastMinuteNumber);
    expect(lastNumberWhenOpened).toEqual([after]);
  });

  it('leaves the committee as it was when the clerk cancels', async () => {
    const { committee } = await call<{ committee: { id: string } }>('meeting/save-committee', { committee: cyp });
    dialogs.answerNextSave(null);
    expect(await call('meeting/new', { ...meetingInput, committeeId: committee.id, replaceCurrent: false })).toEqual({ status: 'cancelled' });
    const setup = await call<{ committees: Array<{ lastMinuteNumber: number }> }>('meeting/setup', {});
    expect(setup.committees[0]!.lastMinuteNumber).toBe(11);
  });

  it('moves the committee on when the meeting is saved with items added during it, so the next meeting continues', async () => {
    const { committee } = await call<{ committee: { id: string } }>('meeting/save-committee', { committee: cyp });
    type Opened = {
      opened: { documentId: string; document: { meeting: Record<string, unknown>; content: { root: { children: Array<Record<string, unknown>> } } } };
    };
    const { opened } = await call<Opened>('meeting/new', { ...meetingInput, committeeId: committee.id, replaceCurrent: true });
    const children = opened.document.content.root.children;
    const added = { ...children.find((node) => node.type === 'agenda-item')!, itemId: 'item-added', standing: null };
    const document = {
      ...opened.document,
      content: {
        root: {
          ...opened.document.content.root,
          children: [...children, added, added].map((node, index) => (index >= children.length ? { ...node, itemId: `item-added-${index}` } : node)),
        },
      },
    };
    dialogs.answerNextSave(path.join(directory, 'march'));
    await call('document/save-as', { documentId: opened.documentId, document });
    const lastNumber = async () => (await call<{ committees: Array<{ lastMinuteNumber: number }> }>('meeting/setup', {})).committees[0]!.lastMinuteNumber;
    expect(await lastNumber()).toBe(19);
    const next = await call<Opened>('meeting/new', { ...meetingInput, date: '2022-04-20', committeeId: committee.id, replaceCurrent: true });
    expect(next.opened.document.meeting.numbering).toEqual({ kind: 'prefixed', prefix: 'CYP', firstNumber: 20 });

    // March reopened and saved again later is history: April's numbers are not moved back.
    await call('document/save', { documentId: opened.documentId, document: opened.document });
    expect(await lastNumber()).toBe(25);
  });

  it('remembers the start time given as the committee’s usual one; a meeting started without one leaves it', async () => {
    const { committee } = await call<{ committee: { id: string } }>('meeting/save-committee', { committee: cyp });
    const usualStart = async () => (await call<{ committees: Array<{ defaultStartTime?: string }> }>('meeting/setup', {})).committees[0]!.defaultStartTime;
    expect(await usualStart()).toBeUndefined();
    await call('meeting/new', { ...meetingInput, startTime: '17:30', committeeId: committee.id, replaceCurrent: true });
    expect(await usualStart()).toBe('17:30');
    await call('meeting/new', { ...meetingInput, date: '2022-04-20', startTime: '', committeeId: committee.id, replaceCurrent: true });
    expect(await usualStart()).toBe('17:30');
  });

  it('moves the committee on when the autosave writes the meeting, as a save does', async () => {
    const { committee } = await call<{ committee: { id: string } }>('meeting/save-committee', { committee: cyp });
    type Opened = {
      opened: { documentId: string; document: { meeting: Record<string, unknown>; content: { root: { children: Array<Record<string, unknown>> } } } };
    };
    const { opened } = await call<Opened>('meeting/new', { ...meetingInput, committeeId: committee.id, replaceCurrent: true });
    const children = opened.document.content.root.children;
    const added = { ...children.find((node) => node.type === 'agenda-item')!, itemId: 'item-added', standing: null };
    const document = { ...opened.document, content: { root: { ...opened.document.content.root, children: [...children, added] } } };
    await call('autosave/write', { documentId: opened.documentId, document: JSON.stringify(document) });
    const setup = await call<{ committees: Array<{ lastMinuteNumber: number }> }>('meeting/setup', {});
    expect(setup.committees[0]!.lastMinuteNumber).toBe(18);
  });

  it('still saves the meeting when the committees file is damaged, and leaves that file alone', async () => {
    const { committee } = await call<{ committee: { id: string } }>('meeting/save-committee', { committee: cyp });
    const { opened } = await call<{ opened: { documentId: string; document: unknown } }>('meeting/new', {
      ...meetingInput,
      committeeId: committee.id,
      replaceCurrent: true,
    });
    await writeFile(path.join(dataDirectory, 'committees.json'), '{"version": 1, "committees": [{"id": 7}]}');
    dialogs.answerNextSave(path.join(directory, 'march'));
    expect(await call('document/save-as', { documentId: opened.documentId, document: opened.document })).toMatchObject({ status: 'saved' });
    expect(await readFile(path.join(dataDirectory, 'committees.json'), 'utf8')).toBe('{"version": 1, "committees": [{"id": 7}]}');
  });

  it.each([
    ['an unknown committee', { committeeId: 'nobody' }, 'That committee is no longer set up'],
    ['an unknown template', { templateId: 'minutes-of-doom' }, 'That template could not be found'],
    ['no date', { date: '' }, 'date'],
  ])('refuses %s with a sentence a clerk can act on', async (_name, change, expected) => {
    const { committee } = await call<{ committee: { id: string } }>('meeting/save-committee', { committee: cyp });
    const result = await dispatch(table, 'meeting/new', { ...meetingInput, committeeId: committee.id, replaceCurrent: true, ...change }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(expected);
  });
});
