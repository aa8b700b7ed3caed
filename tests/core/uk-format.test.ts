import { describe, expect, it } from 'vitest';
import { formatUkDate, formatUkDateWithWeekday, formatUkTime, isClockTime, isIsoDate } from '../../core/text/uk-format';

describe('UK dates and times', () => {
  it.each([
    ['2022-03-23', '23 March 2022'],
    ['2026-01-01', '1 January 2026'],
    ['2024-02-29', '29 February 2024'],
  ])('formats %s as %s', (iso, expected) => expect(formatUkDate(iso)).toBe(expected));

  it('adds the weekday', () => expect(formatUkDateWithWeekday('2022-03-23')).toBe('Wednesday, 23 March 2022'));

  it.each([
    ['17:30', '5.30 pm'],
    ['18:45', '6.45 pm'],
    ['12:00', '12.00 pm'],
    ['00:05', '12.05 am'],
    ['09:00', '9.00 am'],
  ])('formats %s as %s', (clock, expected) => expect(formatUkTime(clock)).toBe(expected));

  it.each(['2023-02-29', '23/03/2022', '2022-13-01', ''])('refuses the date %s', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(() => formatUkDate(value)).toThrow(/yyyy-mm-dd/);
  });

  it.each(['24:00', '5.30', '7:5', ''])('refuses the time %s', (value) => {
    expect(isClockTime(value)).toBe(false);
    expect(() => formatUkTime(value)).toThrow(/hh:mm/);
  });
});
