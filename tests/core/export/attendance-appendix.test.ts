// The attendance record gives the same start and end as the note under the
// chair's signature: the times the clerk gave at the close (Ctrl+Alt+E), where
// the meeting's own fields (the Attendance panel) were left empty.
import { describe, expect, it } from 'vitest';
import { close, item, lexicalRoot, para } from '../../fixtures/export/lexical-builders';
import { seed003Document } from '../../fixtures/export/seed-003-document';
import { layoutOf } from './export-test-kit';

function attendanceRows(meetingTimes: { startedAt: string; endedAt: string }) {
  const document = seed003Document();
  const content = lexicalRoot([item('Update'), para('Noted.'), close('oconnor', 'Councillor E O’Brien', '18:00', '18:42')]);
  const layout = layoutOf({ ...document, meeting: { ...document.meeting, ...meetingTimes }, content }, { appendices: ['attendance'] });
  const table = layout.sections.flatMap((section) => section.blocks).find((block) => block.kind === 'table');
  return table?.kind === 'table' ? table.rows : [];
}

describe('the attendance record', () => {
  it('starts and ends when the close says, with the late arrival’s own time', () => {
    expect(attendanceRows({ startedAt: '', endedAt: '' })).toEqual([
      ['Councillor E O’Brien', 'Present', '6.00 pm', '6.42 pm'],
      ['Councillor T Tariq', 'Present', '6.10 pm (during item CA.120)', '6.42 pm'],
      ['Geoff Little', 'Present', '6.00 pm', '6.42 pm'],
    ]);
    // The close is what the minutes print, so it wins over the panel's fields too.
    expect(attendanceRows({ startedAt: '18:00', endedAt: '19:20' })[0]).toEqual(['Councillor E O’Brien', 'Present', '6.00 pm', '6.42 pm']);
  });
});
