import { describe, expect, it } from 'vitest';
import { parseClerkDate, parseClerkTime } from '../../../core/text/parse-clerk-input';
import { formatUkDateEntry, formatUkTimeEntry } from '../../../core/text/uk-format';

describe('parseClerkDate', () => {
  it('reads the ways a clerk types a date', () => {
    expect(parseClerkDate('30 April 2022')).toBe('2022-04-30');
    expect(parseClerkDate('1st Sept 2022')).toBe('2022-09-01');
    expect(parseClerkDate('30/4/22')).toBe('2022-04-30');
    expect(parseClerkDate('2022-04-30')).toBe('2022-04-30');
  });
  it('refuses dates that do not exist or cannot be read', () => {
    expect(parseClerkDate('31/4/2022')).toBeNull();
    expect(parseClerkDate('next week')).toBeNull();
    expect(parseClerkDate('30 Ap 2022')).toBeNull();
  });
});

describe('parseClerkTime', () => {
  it('reads council and 24-hour times', () => {
    expect(parseClerkTime('5.30 pm')).toBe('17:30');
    expect(parseClerkTime('5:30pm')).toBe('17:30');
    expect(parseClerkTime('12.05 am')).toBe('00:05');
    expect(parseClerkTime('6 pm')).toBe('18:00');
    expect(parseClerkTime('18:45')).toBe('18:45');
    expect(parseClerkTime('1845')).toBe('18:45');
  });
  it('reads a time typed without am or pm as the first after the meeting’s start (the end of an evening meeting)', () => {
    expect(parseClerkTime('840', '19:30')).toBe('20:40');
    expect(parseClerkTime('8.40', '19:30')).toBe('20:40');
    expect(parseClerkTime('2040', '19:30')).toBe('20:40');
    expect(parseClerkTime('130', '10:00')).toBe('13:30');
    expect(parseClerkTime('1215', '10:00')).toBe('12:15');
    expect(parseClerkTime('1140', '09:30')).toBe('11:40');
    // am or pm said is kept; without a start, as typed.
    expect(parseClerkTime('8.40 am', '19:30')).toBe('08:40');
    expect(parseClerkTime('840')).toBe('08:40');
  });
  it('refuses impossible times', () => {
    expect(parseClerkTime('13 pm')).toBeNull();
    expect(parseClerkTime('25:00')).toBeNull();
    expect(parseClerkTime('5.75')).toBeNull();
    expect(parseClerkTime('soon')).toBeNull();
  });
});

describe('date and time fields: what is entered, shown and stored', () => {
  it.each([
    ['23/03/2022', '2022-03-23', '23/03/2022'],
    ['23/3/22', '2022-03-23', '23/03/2022'],
    ['1.4.2022', '2022-04-01', '01/04/2022'],
    [' 5/11/2026 ', '2026-11-05', '05/11/2026'],
  ])('a date typed as %s is stored as %s and shown as %s (day first, whatever the machine’s locale)', (typed, stored, shown) => {
    expect(parseClerkDate(typed)).toBe(stored);
    expect(formatUkDateEntry(stored)).toBe(shown);
    expect(parseClerkDate(formatUkDateEntry(stored))).toBe(stored);
  });

  it.each([
    ['17:30', '17:30'],
    ['5.30 pm', '17:30'],
    ['1730', '17:30'],
    ['9.05 am', '09:05'],
    ['0900', '09:00'],
  ])('a time typed as %s is stored and shown as %s', (typed, stored) => {
    expect(parseClerkTime(typed)).toBe(stored);
    expect(formatUkTimeEntry(stored)).toBe(stored);
    expect(parseClerkTime(formatUkTimeEntry(stored))).toBe(stored);
  });

  it('never reads a US month-first date the US way', () => {
    expect(parseClerkDate('03/23/2022')).toBeNull();
    expect(parseClerkDate('04/05/2022')).toBe('2022-05-04');
  });

  it('shows an empty field as empty and refuses what the model does not store', () => {
    expect(formatUkDateEntry('')).toBe('');
    expect(formatUkTimeEntry('')).toBe('');
    expect(() => formatUkDateEntry('23/03/2022')).toThrow(/yyyy-mm-dd/);
    expect(() => formatUkTimeEntry('5.30 pm')).toThrow(/hh:mm/);
  });
});
