// A late arrival stamped during an item keeps naming that item after items
// are added or moved above it: the export prints the item's number now, not
// the number it had when the clerk pressed L (seed 003's Cabinet, CA.120 on).
import { describe, expect, it } from 'vitest';
import { withCurrentItemLabels } from '../../../core/model/moment-labels';
import { item, para } from '../../fixtures/export/lexical-builders';
import { seed003Document } from '../../fixtures/export/seed-003-document';
import { layoutOf } from './export-test-kit';

/** Seed 003 with Councillor Tariq stamped during the update (then CA.120), and an item since added above it. */
function withItemAddedAbove(itemLabel: string, stampedInUpdate: boolean) {
  const document = seed003Document();
  const children = document.content.root.children as Array<Record<string, unknown>>;
  const updateId = children[0]!.itemId as string;
  (document.meeting.attendance as unknown[])[1] = {
    personId: 'tariq',
    status: 'present',
    arrivedLate: { time: '18:10', itemLabel, itemId: stampedInUpdate ? updateId : null },
  };
  children.unshift(item('Apologies for absence'), para('Apologies for absence are noted above.'));
  return document;
}

const printed = (document: unknown) => JSON.stringify(layoutOf(document, { version: 'full' }));

describe('late arrival and early departure labels', () => {
  it('print the number the stamped item has now', () => {
    const text = printed(withItemAddedAbove('CA.120', true));
    expect(text).toContain('Councillor T Tariq arrived at 6.10 pm during item CA.121.');
    expect(text).not.toContain('during item CA.120');
  });

  it('keep a label the clerk typed by hand (no item), and change nothing when the numbers still agree', () => {
    expect(printed(withItemAddedAbove('the exempt item', false))).toContain('arrived at 6.10 pm during item the exempt item.');
    const meeting = seed003Document().meeting;
    const entry = {
      personId: 'tariq',
      status: 'present' as const,
      reason: '',
      substituteFor: null,
      arrivedLate: null,
      leftEarly: { time: '19:00', itemLabel: 'CA.121', itemId: 'b' },
    };
    const unchanged = { ...meeting, attendance: [entry] };
    expect(
      withCurrentItemLabels(unchanged, [
        { id: 'a', number: 'CA.120' },
        { id: 'b', number: 'CA.121' },
      ]),
    ).toBe(unchanged);
    expect(withCurrentItemLabels(unchanged, [{ id: 'b', number: 'CA.122' }]).attendance[0]!.leftEarly).toEqual({
      time: '19:00',
      itemLabel: 'CA.122',
      itemId: 'b',
    });
  });
});
