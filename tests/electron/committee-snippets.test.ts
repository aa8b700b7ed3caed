// The committee's wording through dispatch(), as the wording editor sends it:
// kept in the committees file, refused with a sentence when it cannot be kept,
// and offered by the committee's next meeting beside the template's wording;
// and not undone by a committee dialog that was open meanwhile.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Channel, OpenOutcome } from '../../core/ipc/contract';
import { meetingSnippets } from '../../core/minutes/meeting-context';
import type { HandlerTable } from '../../electron/main/ports/handler-types';
import { dispatcher } from './dispatch-kit';
import { handlerRig } from './support/handler-rig';
import { fixedClock } from './support/test-deps';

let dataDirectory: string;
let table: HandlerTable;
const { call, refusal } = dispatcher(() => table);
const problemOf = async (channel: Channel, input: unknown) => (await refusal(channel, input)).message;

const callIn = { name: 'Call-in', text: 'The decision was called in by {member} on {previous date}.' };
const noted = { name: 'Noted', text: 'The committee noted the update from {officer}.' };

beforeEach(async () => {
  ({ dataDirectory, table } = await handlerRig('snippets', { deps: { clock: fixedClock('2022-03-23T18:00:00Z') } }));
});

async function licensingCommittee(): Promise<string> {
  const { committee } = await call<{ committee: { id: string } }>('meeting/save-committee', {
    committee: {
      id: '',
      name: 'Licensing Committee',
      councilName: 'Bury Council',
      lastMeetingDate: '2022-01-19',
      glossary: [{ acronym: 'TEN', meaning: 'Temporary Event Notice' }],
    },
  });
  return committee.id;
}

describe('meeting/keep-snippets', () => {
  it('keeps the wording in the committees file in the order given, leaving the rest of the committee alone', async () => {
    const committeeId = await licensingCommittee();
    const kept = await call<{ committee: { snippets: unknown[] } }>('meeting/keep-snippets', { committeeId, snippets: [noted, callIn] });
    expect(kept.committee.snippets).toEqual([noted, callIn]);
    const onDisk = JSON.parse(await readFile(path.join(dataDirectory, 'committees.json'), 'utf8'));
    expect(onDisk.committees[0]).toMatchObject({
      name: 'Licensing Committee',
      snippets: [noted, callIn],
      glossary: [{ acronym: 'TEN' }],
      lastMeetingDate: '2022-01-19',
    });
    // Removing one and reordering replaces the list.
    await call('meeting/keep-snippets', { committeeId, snippets: [callIn] });
    const setup = await call<{ committees: Array<{ snippets: unknown[] }> }>('meeting/setup', {});
    expect(setup.committees[0]!.snippets).toEqual([callIn]);
  });

  it('refuses wording it cannot keep with a sentence naming the problem, and changes nothing', async () => {
    const committeeId = await licensingCommittee();
    await call('meeting/keep-snippets', { committeeId, snippets: [callIn] });
    expect(await problemOf('meeting/keep-snippets', { committeeId, snippets: [callIn, { name: ' call-IN ', text: 'Again.' }] })).toContain(
      'two pieces of wording are called “call-IN”',
    );
    expect(await problemOf('meeting/keep-snippets', { committeeId, snippets: [{ name: 'Blank', text: '   ' }] })).toContain(
      'each piece of wording needs some text',
    );
    expect(await problemOf('meeting/keep-snippets', { committeeId, snippets: [{ name: 'Long', text: 'x'.repeat(2001) }] })).toContain(
      'at most 2000 characters',
    );
    expect(await problemOf('meeting/keep-snippets', { committeeId: 'nobody', snippets: [callIn] })).toBe(
      'That committee is no longer set up, so its wording could not be kept. Set it up again from New meeting.',
    );
    const setup = await call<{ committees: Array<{ snippets: unknown[] }> }>('meeting/setup', {});
    expect(setup.committees[0]!.snippets).toEqual([callIn]);
  });

  it('is offered by the committee’s next meeting, after the template’s wording', async () => {
    const committeeId = await licensingCommittee();
    await call('meeting/keep-snippets', { committeeId, snippets: [callIn, noted] });
    const outcome = await call<OpenOutcome>('meeting/new', {
      committeeId,
      templateId: 'committee',
      date: '2022-03-23',
      venue: '',
      startTime: '18:00',
      agendaItems: [],
      replaceCurrent: true,
    });
    if (outcome.status !== 'opened') throw new Error(`expected the meeting to open here, not ${outcome.status}`);
    expect(meetingSnippets(outcome.opened.document.meeting)).toEqual([callIn, noted]);
  });
});

describe('meeting/save-committee', () => {
  // The New meeting dialog may have been opened before another window kept wording or an acronym for the
  // committee: its stale copies of those must not undo them, while everything the dialog edits is taken.
  it('keeps wording and glossary kept meanwhile, and takes everything the dialog changes', async () => {
    const committeeId = await licensingCommittee();
    const [seenByDialog] = (await call<{ committees: Array<{ id: string }> }>('meeting/setup', {})).committees;
    await call('meeting/keep-snippets', { committeeId, snippets: [noted] });
    await call('glossary/keep-for-committee', { committeeId, entry: { acronym: 'DPS', meaning: 'Designated Premises Supervisor' } });

    const saved = await call<{ committee: { glossary: Array<{ acronym: string }> } }>('meeting/save-committee', {
      committee: { ...seenByDialog, name: 'Licensing and Safety Committee', quorum: 4 },
    });
    expect(saved.committee).toMatchObject({ id: committeeId, name: 'Licensing and Safety Committee', quorum: 4, snippets: [noted] });
    expect(saved.committee.glossary.map((entry) => entry.acronym).sort()).toEqual(['DPS', 'TEN']);
    const setup = await call<{ committees: unknown[] }>('meeting/setup', {});
    expect(setup.committees).toEqual([expect.objectContaining({ name: 'Licensing and Safety Committee', snippets: [noted] })]);
  });
});
