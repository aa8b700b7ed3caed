// The fields an agenda item ends with after Remove, Replace, Merge and Split:
// privacy fails closed (text from an exempt item keeps an item exempt wherever
// it goes), and an item keeps its own identity.
import { describe, expect, it } from 'vitest';
import type { AgendaItemFields } from '../../../core/blocks/agenda-item-block';
import { minuteNumber, numberingAfterMeeting } from '../../../core/model/minute-numbering';
import { becomesExempt, fieldsOfReplacedItem, fieldsOfSplitItem, fieldsReceivingText, textDestinations } from '../../../core/minutes/item-operations';

const item = (patch: Partial<AgendaItemFields> = {}): AgendaItemFields => ({
  itemId: 'item-a',
  standing: null,
  exemptParagraph: null,
  urgent: false,
  reportName: null,
  ...patch,
});

describe('an item taking in another item’s text (merge, or the text of a removed item)', () => {
  it('becomes exempt when the text came from an exempt item, keeping its own id', () => {
    const merged = fieldsReceivingText(item(), item({ itemId: 'item-b', exemptParagraph: '3' }));
    expect(merged).toMatchObject({ itemId: 'item-a', exemptParagraph: '3' });
    expect(becomesExempt(item(), item({ exemptParagraph: '3' }))).toBe(true);
  });

  it('stays exempt, on its own paragraph, when it was already', () => {
    expect(fieldsReceivingText(item({ exemptParagraph: '1' }), item({ exemptParagraph: '3' })).exemptParagraph).toBe('1');
    expect(fieldsReceivingText(item({ exemptParagraph: '1' }), item()).exemptParagraph).toBe('1');
    expect(becomesExempt(item({ exemptParagraph: '1' }), item({ exemptParagraph: '3' }))).toBe(false);
  });

  it('treats a damaged exempt value as exempt (fails closed), never as public', () => {
    expect(fieldsReceivingText(item(), item({ exemptParagraph: '' })).exemptParagraph).toBe('');
    expect(becomesExempt(item(), item({ exemptParagraph: '' }))).toBe(true);
  });

  it('is urgent when either was, and keeps a report name', () => {
    expect(fieldsReceivingText(item(), item({ urgent: true, reportName: 'Budget' }))).toMatchObject({ urgent: true, reportName: 'Budget' });
    expect(fieldsReceivingText(item({ reportName: 'Mine' }), item({ reportName: 'Theirs' })).reportName).toBe('Mine');
  });

  it('keeps its standing role', () => {
    expect(fieldsReceivingText(item({ standing: 'apologies' }), item({ standing: 'declarations' })).standing).toBe('apologies');
  });
});

describe('the item split off at the caret', () => {
  it('has its own id, no standing role or report, and the original’s exempt and urgent markings', () => {
    const original = item({ standing: 'urgent-business', exemptParagraph: '3', urgent: true, reportName: 'Report' });
    expect(fieldsOfSplitItem(original, 'item-new')).toEqual({ itemId: 'item-new', standing: null, exemptParagraph: '3', urgent: true, reportName: null });
  });
});

describe('an item replaced by a typed title', () => {
  it('is no longer a standing item, and keeps its id and exempt marking', () => {
    expect(fieldsOfReplacedItem(item({ standing: 'public-questions', exemptParagraph: '2' }), null)).toEqual(item({ exemptParagraph: '2' }));
  });
});

describe('where a removed item’s text may go', () => {
  it('offers the previous item only when there is one, and the next likewise', () => {
    expect(textDestinations(0, 3)).toEqual({ previous: false, next: true });
    expect(textDestinations(1, 3)).toEqual({ previous: true, next: true });
    expect(textDestinations(2, 3)).toEqual({ previous: true, next: false });
    expect(textDestinations(0, 1)).toEqual({ previous: false, next: false });
  });
});

describe('minute numbers after items are removed, merged or split (the rule in docs/minutes-blocks.md)', () => {
  const committee = { id: 'cyp', numberingPrefix: 'CYP', lastMinuteNumber: 17, lastMeetingDate: '2022-03-23' };
  const meeting = { committeeId: 'cyp', date: '2022-03-23', numbering: { kind: 'prefixed' as const, prefix: 'CYP', firstNumber: 12 } };

  it('are positions: no gap where an item went, no number used twice', () => {
    const afterRemoving = Array.from({ length: 5 }, (_, index) => minuteNumber(meeting.numbering, index));
    expect(afterRemoving).toEqual(['CYP.12', 'CYP.13', 'CYP.14', 'CYP.15', 'CYP.16']);
  });

  it('move the committee’s last number with this meeting’s item count, so the next meeting starts after the last one used', () => {
    // Six items were started (12 to 17); one removed or merged: the next meeting starts at 17, not 18.
    expect(numberingAfterMeeting(committee, meeting, 5)?.lastMinuteNumber).toBe(16);
    // One split instead: seven items, 12 to 18.
    expect(numberingAfterMeeting(committee, meeting, 7)?.lastMinuteNumber).toBe(18);
    // An older meeting reopened and reshaped does not move it: its numbers are history.
    expect(numberingAfterMeeting(committee, { ...meeting, date: '2022-01-12' }, 5)).toBeNull();
  });
});
