// The print settings (font, the exempt notice, "Not for publication", the
// chair's role, apology reasons in public, the heading's labels, minute
// numbers) are one section of the house style. Minutes saved before that kept
// them as a loose `houseStyle` object in the meeting; those files still print
// as they did, and a setting not understood takes its default.
import { describe, expect, it } from 'vitest';
import { printSettingsOf } from '../../../core/house-style/meeting-house-style';
import { parseHouseStyle } from '../../../core/house-style/parse-house-style';
import { shippedHouseStyles } from '../../../core/house-style/shipped-house-styles';
import { createEmptyMeeting, meetingSchema } from '../../../core/model/meeting';

const oldShapedMeeting = (houseStyle: unknown) => meetingSchema.parse({ ...createEmptyMeeting(), houseStyle });

describe('print settings', () => {
  it('are read from an old meeting’s loose houseStyle object, field by field', () => {
    const settings = printSettingsOf(
      oldShapedMeeting({ fontFamily: 'Verdana', fontSizePt: 'huge', notForPublication: 'RESTRICTED', apologyReasonsInPublic: true, showMinuteNumbers: false }),
    );
    expect(settings).toMatchObject({
      fontFamily: 'Verdana',
      fontSizePt: 12,
      notForPublication: 'RESTRICTED',
      apologyReasonsInPublic: true,
      showMinuteNumbers: false,
      chairRole: 'Chair',
      itemNumber: '{n}',
      itemTitlesInCapitals: true,
    });
  });

  it('are the defaults for a meeting with none', () => {
    expect(printSettingsOf(createEmptyMeeting())).toMatchObject({ fontFamily: 'Arial', fontSizePt: 12, venueLabel: 'Venue:', timeLabel: 'Time:' });
  });

  it('come from the house style’s print section when the meeting has a style', () => {
    const meeting = meetingSchema.parse({ ...createEmptyMeeting(), houseStyleId: 'gotham-parish-planning' });
    expect(printSettingsOf(meeting)).toMatchObject({ itemNumber: '{n}/', itemTitlesInCapitals: false, fontFamily: 'Arial' });
  });

  it('in a house style are checked like every other field, the mistake named', () => {
    const gotham = shippedHouseStyles().styles.find((entry) => entry.id === 'gotham-parish-planning')!.style;
    const parsed = parseHouseStyle('own.json', { ...gotham, print: { ...gotham.print, fontSizePt: 40, exemptNotice: 'Excluded under {para}.' } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem).toContain('field “print.fontSizePt”');
      expect(parsed.problem).toContain('field “print.exemptNotice” has the placeholder {para}');
    }
  });
});
