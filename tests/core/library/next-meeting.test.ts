import { describe, expect, it } from 'vitest';
import { actionStatusOf, actionWords, buildActionLog } from '../../../core/library/action-log';
import { libraryMeetingOf } from '../../../core/library/library-meeting';
import { applyCarryOver, carryOverFrom } from '../../../core/library/next-meeting';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { testMinutes, type TestMeeting } from './library-documents';

const gotham: TestMeeting = {
  committeeId: 'planning',
  committeeName: 'Planning and Development',
  date: '2017-02-28',
  previousMeetingDate: '2017-02-21',
  prefix: 'PD',
  firstNumber: 40,
  items: [
    { title: 'Apologies', standing: 'apologies', blocks: [{ kind: 'text', text: 'Nil.' }] },
    {
      title: 'Minutes',
      standing: 'previous-minutes',
      blocks: [{ kind: 'resolution', text: 'Approval of the minutes of 21 February was deferred to the next meeting.' }],
    },
    {
      title: 'Rushcliffe local plan',
      blocks: [
        { kind: 'action', text: 'Score the sites', owner: 'Ken Mafham', due: '2017-03-31', actionId: 'a-score' },
        { kind: 'action', text: 'Write to the borough council – completed', owner: 'Clerk', actionId: 'a-write' },
      ],
    },
    { title: 'Village hall car park', blocks: [{ kind: 'text', text: 'This item was deferred to the next meeting.' }] },
    {
      title: 'Matters to report',
      standing: 'reports',
      blocks: [{ kind: 'action', text: 'J.P. Anderson to assist', owner: 'Councillor J.P. Anderson', actionId: 'a-assist' }],
    },
  ],
};

describe('carrying a meeting over to the next', () => {
  const carry = carryOverFrom(testMinutes(gotham));

  it('offers the open actions with the minute that raised them, the deferred item and the deferred minutes with their own date', () => {
    expect(carry.openActions.map((action) => [action.actionId, action.description, action.owner, action.due, action.raisedAt])).toEqual([
      ['a-score', 'Score the sites', 'Ken Mafham', '2017-03-31', 'minute PD.42, 28 February 2017'],
      ['a-assist', 'J.P. Anderson to assist', 'Councillor J.P. Anderson', null, 'minute PD.44, 28 February 2017'],
    ]);
    expect(carry.deferredItems).toEqual([{ title: 'Village hall car park', reportName: null }]);
    expect(carry.deferredMinutesDates).toEqual(['2017-02-21']);
    expect(carry.standingItems).toEqual([
      { key: 'apologies', title: 'Apologies' },
      { key: 'previous-minutes', title: 'Minutes' },
      { key: 'reports', title: 'Matters to report' },
    ]);
    expect(carry.businessAfter).toBe(2);
  });

  it('lays them into the new meeting: standing items as left, matters arising after the minutes, deferred then new business', () => {
    let id = 0;
    // As the parish template would build it: its own standing items (one the clerk removed last time) and the new agenda.
    const built = testMinutes({
      ...gotham,
      date: '2017-03-21',
      previousMeetingDate: undefined,
      items: [
        { title: 'To receive apologies for absence', standing: 'apologies', blocks: [{ kind: 'text', text: 'Apologies for absence are noted above.' }] },
        { title: 'Public participation', standing: 'public-questions', blocks: [] },
        {
          title: 'Minutes of the previous meeting',
          standing: 'previous-minutes',
          blocks: [{ kind: 'text', text: 'The minutes of the previous meeting were approved.' }],
        },
        { title: 'Bus shelter', blocks: [] },
      ],
    });
    const next = applyCarryOver(built, carry, () => `new-${++id}`);
    const minutes = readMinutes(next.content, next.meeting);
    expect(minutes.items.map((item) => `${item.number} ${item.title}`)).toEqual([
      'PD.40 Apologies',
      'PD.41 Minutes',
      'PD.42 Matters arising',
      'PD.43 Village hall car park',
      'PD.44 Bus shelter',
      'PD.45 Matters to report',
    ]);
    expect(minutes.items[0]?.blocks).toEqual([{ kind: 'paragraph', text: [{ text: 'Apologies for absence are noted above.' }] }]);
    expect(minutes.items[1]?.blocks).toEqual([
      {
        kind: 'paragraph',
        text: [
          {
            text: 'The minutes of the meetings held on 21 February 2017 (approval deferred at the last meeting) and 28 February 2017 were approved and signed by the Chair as a correct record.',
          },
        ],
      },
    ]);
    const actions = minutes.items[2]!.blocks.filter((block) => block.kind === 'action');
    expect(
      actions.map((block) => block.kind === 'action' && [block.action.id, block.action.owner?.name, block.action.due, block.action.description[0]?.text]),
    ).toEqual([
      ['a-score', 'Ken Mafham', '2017-03-31', 'Score the sites (minute PD.42, 28 February 2017)'],
      ['a-assist', 'Councillor J.P. Anderson', null, 'J.P. Anderson to assist (minute PD.44, 28 February 2017)'],
    ]);
    expect(next.meeting.previousMeetingDate).toBe('2017-02-28');
    expect((next.meeting as Record<string, unknown>).deferredMinutesDates).toEqual(['2017-02-21']);
    // Approved as written: the meeting after it has nothing deferred (our note about last time is not a deferral).
    expect(carryOverFrom(next).deferredMinutesDates).toEqual([]);
  });

  it('carries an action again until it is completed, keeping the minute that raised it', () => {
    const second = testMinutes({
      ...gotham,
      date: '2017-03-21',
      previousMeetingDate: '2017-02-28',
      items: [
        { title: 'Minutes', standing: 'previous-minutes', blocks: [{ kind: 'text', text: 'Approved.' }] },
        {
          title: 'Matters arising',
          standing: 'matters-arising',
          blocks: [
            { kind: 'action', text: 'Score the sites (minute PD.42, 28 February 2017) – carried forward', owner: 'Ken Mafham', actionId: 'a-score' },
            {
              kind: 'action',
              text: 'J.P. Anderson to assist (minute PD.44, 28 February 2017): completed.',
              owner: 'Councillor J.P. Anderson',
              actionId: 'a-assist',
            },
          ],
        },
      ],
    });
    const third = carryOverFrom(second);
    expect(third.openActions.map((action) => [action.actionId, action.description, action.raisedAt, action.status])).toEqual([
      ['a-score', 'Score the sites', 'minute PD.42, 28 February 2017', 'carried forward'],
    ]);
    expect(third.deferredMinutesDates).toEqual([]);
    expect(third.standingItems.map((item) => item.key)).toEqual(['previous-minutes']);
  });
});

describe('the action log', () => {
  it('follows each action through the meetings it appears in, its status from the latest', () => {
    const first = libraryMeetingOf(testMinutes(gotham)).actions.map((action) => ({ ...action, meetingDate: '2017-02-28' }));
    const later = [
      {
        actionId: 'a-score',
        owner: 'Ken Mafham',
        description: 'Score the sites (minute PD.42, 28 February 2017) – carried forward',
        due: '2017-04-30',
        itemId: null,
        minuteNumber: 'PD.52',
        itemTitle: 'Matters arising',
        meetingDate: '2017-03-21',
      },
      {
        actionId: 'a-assist',
        owner: 'Councillor J.P. Anderson',
        description: 'J.P. Anderson to assist (minute PD.44, 28 February 2017) completed',
        due: null,
        itemId: null,
        minuteNumber: 'PD.52',
        itemTitle: 'Matters arising',
        meetingDate: '2017-03-21',
      },
    ];
    const log = buildActionLog([...later, ...first]);
    expect(
      log.map((entry) => [
        entry.actionId,
        entry.description,
        entry.owner,
        entry.due,
        entry.raisedAt.minuteNumber,
        entry.status,
        entry.history.map((step) => `${step.minuteNumber} ${step.status}`),
      ]),
    ).toEqual([
      ['a-score', 'Score the sites', 'Ken Mafham', '2017-04-30', 'PD.42', 'carried forward', ['PD.42 open', 'PD.52 carried forward']],
      ['a-write', 'Write to the borough council', 'Clerk', null, 'PD.42', 'completed', ['PD.42 completed']],
      ['a-assist', 'J.P. Anderson to assist', 'Councillor J.P. Anderson', null, 'PD.44', 'completed', ['PD.44 open', 'PD.52 completed']],
    ]);
  });

  it('reads the status only from the note after the action, not from its own words', () => {
    expect(actionStatusOf('Report when the work is completed')).toBe('open');
    expect(actionStatusOf('Report when the work is completed (minute 4, 1 May 2022)')).toBe('open');
    expect(actionStatusOf('Report when the work is completed (minute 4, 1 May 2022) — ongoing')).toBe('ongoing');
    expect(actionStatusOf('Chase the contractor; done.')).toBe('completed');
    expect(actionWords('Chase the contractor; done.')).toBe('Chase the contractor');
  });
});
