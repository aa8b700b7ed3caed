import { describe, expect, it } from 'vitest';
import { parseClerkDate, parseClerkTime } from '../../../core/text/parse-clerk-input';

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
  it('refuses impossible times', () => {
    expect(parseClerkTime('13 pm')).toBeNull();
    expect(parseClerkTime('25:00')).toBeNull();
    expect(parseClerkTime('5.75')).toBeNull();
    expect(parseClerkTime('soon')).toBeNull();
  });
});
