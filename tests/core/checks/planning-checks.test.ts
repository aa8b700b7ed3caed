// Checks on planning items: an application with no decision, a decision that
// does not say what was decided, a refusal without reasons and an approval
// "subject to the following conditions" with none listed each hold back the
// public version; an application with no reference is only pointed out.
import { describe, expect, it } from 'vitest';
import { blocksPublicVersion } from '../../../core/checks/publication-blockers';
import { checkMinutes } from '../../../core/checks/minutes-checks';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { createEmptyMeeting } from '../../../core/model/meeting';
import { item, lexicalRoot, para, planning } from '../../fixtures/export/lexical-builders';

const meeting = createEmptyMeeting();
const warningsOf = (...nodes: Array<Record<string, unknown>>) =>
  checkMinutes(meeting, readMinutes(lexicalRoot([item('Planning applications'), ...nodes]) as never, meeting)).filter((warning) =>
    warning.kind.startsWith('planning-'),
  );
const application = (reference = '23/01234/FUL') => planning('application', 'Two dwellings', { reference, site: '1 High Street' });

describe('planning checks', () => {
  it('ask for the decision on an application that has none, naming it by its reference', () => {
    const warnings = warningsOf(application(), para('Members debated the scheme.'));
    expect(warnings.map((warning) => [warning.kind, warning.blockIndex, warning.message])).toEqual([
      [
        'planning-decision',
        0,
        'Application 23/01234/FUL has no decision recorded: add one with the Planning decision block (Ctrl+Alt+G), or say it was withdrawn or deferred.',
      ],
    ]);
    // The next application's decision is not this one's.
    expect(
      warningsOf(application('23/1/FUL'), application('23/2/FUL'), planning('decision', '', { decision: 'approve' })).map((warning) => warning.message),
    ).toEqual([expect.stringContaining('Application 23/1/FUL has no decision')]);
  });

  it('ask what was decided when the decision has no outcome', () => {
    expect(warningsOf(application(), planning('decision', 'That the application be dealt with.')).map((warning) => warning.kind)).toEqual([
      'planning-decision',
    ]);
  });

  it('ask for the reasons for a refusal', () => {
    const refused = warningsOf(application(), planning('decision', '', { decision: 'refuse' }));
    expect(refused.map((warning) => [warning.kind, warning.blockIndex])).toEqual([['planning-reasons', 1]]);
    expect(refused[0]!.message).toContain('Application 23/01234/FUL was refused, but no reasons for refusal are recorded');
    expect(warningsOf(application(), planning('decision', '', { decision: 'refuse' }), planning('reason', 'Harm to the character of the street.'))).toEqual([]);
    // An empty reason is not a reason.
    expect(warningsOf(application(), planning('decision', '', { decision: 'refuse' }), planning('reason', '  ')).map((warning) => warning.kind)).toEqual([
      'planning-reasons',
    ]);
  });

  it('ask for the conditions of an approval subject to conditions or a legal agreement', () => {
    for (const decision of ['approve-conditions', 'approve-agreement']) {
      expect(warningsOf(application(), planning('decision', '', { decision })).map((warning) => warning.kind)).toEqual(['planning-conditions']);
      expect(warningsOf(application(), planning('decision', '', { decision }), planning('condition', 'Begin within three years.'))).toEqual([]);
    }
    expect(warningsOf(application(), planning('decision', '', { decision: 'approve' }))).toEqual([]);
    expect(warningsOf(application(), planning('decision', '', { decision: 'defer' }))).toEqual([]);
  });

  it('point out an application with no reference, without holding back the public version', () => {
    const warnings = warningsOf(planning('application', 'Two dwellings'), planning('decision', '', { decision: 'approve' }));
    expect(warnings.map((warning) => warning.kind)).toEqual(['planning-reference']);
    expect(warnings.map(blocksPublicVersion)).toEqual([false]);
  });

  it('hold back the public version for a missing decision, reasons or conditions', () => {
    const missing = [
      ...warningsOf(application()),
      ...warningsOf(application(), planning('decision', '', { decision: 'refuse' })),
      ...warningsOf(application(), planning('decision', '', { decision: 'approve-conditions' })),
    ];
    expect(missing.map((warning) => [warning.kind, blocksPublicVersion(warning)])).toEqual([
      ['planning-decision', true],
      ['planning-reasons', true],
      ['planning-conditions', true],
    ]);
  });

  it('do not flag the letters of a planning reference as undefined acronyms', () => {
    const all = checkMinutes(
      meeting,
      readMinutes(
        lexicalRoot([item('Planning applications'), application('17/00340/FUL'), planning('decision', '', { decision: 'approve' })]) as never,
        meeting,
      ),
    );
    expect(all.filter((warning) => warning.kind === 'undefined-acronym')).toEqual([]);
  });
});
