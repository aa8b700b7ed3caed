import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, initialsAndSurname, nameAsPrinted, nameFormAt, voteText } from '../../../core/house-style/house-style-wording';
import { shippedHouseStyles } from '../../../core/house-style/shipped-house-styles';

const styles = new Map(shippedHouseStyles().styles.map((entry) => [entry.id, entry.style]));

describe('house style wording', () => {
  it('writes dates in each style, ordinals included', () => {
    expect(['2024-05-23', '2017-03-11', '2017-03-22', '2017-03-01'].map((iso) => formatDate(iso, 'EEEE, do MMMM, yyyy'))).toEqual([
      'Thursday, 23rd May, 2024',
      'Saturday, 11th March, 2017',
      'Wednesday, 22nd March, 2017',
      'Wednesday, 1st March, 2017',
    ]);
    expect(formatDate('2017-02-28', 'dd/MM/yy')).toBe('28/02/17');
    expect(formatDate('2022-03-23', 'EEEE d MMMM yyyy')).toBe('Wednesday 23 March 2022');
    expect(() => formatDate('2022-02-30', 'd MMMM yyyy')).toThrow('is not a date');
  });

  it('writes times in each style', () => {
    expect((['h.mm am', 'h.mmam', 'h.mm a.m.', 'HH:mm'] as const).map((style) => formatTime('19:30', style))).toEqual([
      '7.30 pm',
      '7.30pm',
      '7.30 p.m.',
      '19:30',
    ]);
  });

  it('prints the unanimous form only for a vote with none against and no abstentions', () => {
    const bury = styles.get('bury')!.votes;
    expect(voteText(bury, { for: 9, against: 0, abstentions: 0 }, { carried: true, castingVote: false })).toBe(
      'On being put to the vote, the motion was carried unanimously.',
    );
    expect(voteText(bury, { for: 5, against: 4, abstentions: 0 }, { carried: true, castingVote: false })).toBe(
      'On being put to the vote, the motion was carried (For 5, Against 4, Abstentions 0).',
    );
    expect(voteText(styles.get('gotham-parish-planning')!.votes, { for: 2, against: 1, abstentions: 2 }, { carried: true, castingVote: false })).toBe(
      'Vote: Two in favour, one against, two abstentions.',
    );
  });

  it('names people in each form', () => {
    const bury = styles.get('bury')!;
    expect(nameAsPrinted(bury, { title: 'Councillor', name: 'J Lancaster' }, true)).toBe('Councillor Lancaster');
    expect(nameAsPrinted(bury, { title: '', name: 'Jeanette Richards' }, false)).toBe('Jeanette Richards');
    const later = { ...bury, names: { ...bury.names, form: 'full-then-surname' as const } };
    expect([true, false].map((first) => nameAsPrinted(later, { title: 'Councillor', name: 'Stuart Kelly' }, first))).toEqual([
      'Councillor Stuart Kelly',
      'Councillor Kelly',
    ]);
    expect(nameAsPrinted(styles.get('gotham-parish-planning')!, { title: 'Councillor', name: 'J.P. Anderson' }, true)).toBe('J.P. Anderson');
  });

  it('cuts forenames to initials in the initial-and-surname form, keeping initials already written and officers in full', () => {
    const wirral = styles.get('wirral-planning')!;
    const initials = (person: { title: string; name: string; shortName?: string }) => nameAsPrinted(wirral, person, true, 'initial-and-surname');
    expect(initials({ title: 'Councillor', name: 'Stuart Kelly' })).toBe('Councillor S Kelly');
    expect(initials({ title: 'Councillor', name: 'Mary Ann Smith-Jones' })).toBe('Councillor M A Smith-Jones');
    expect(initials({ title: 'Councillor', name: 'B Berry' })).toBe('Councillor B Berry');
    expect(initials({ title: 'Cllr', name: 'J.P. Anderson' })).toBe('Cllr J.P. Anderson');
    expect(initials({ title: '', name: 'Katy Brown' })).toBe('Katy Brown');
    expect(initialsAndSurname('stuart kelly')).toBe('S kelly');
    // The roster's short name where the initials of the name are not the council's form; blank, the initials.
    expect(initials({ title: 'Councillor', name: 'Bob Berry', shortName: 'R Berry' })).toBe('Councillor R Berry');
    expect(initials({ title: 'Councillor', name: 'Bob Berry', shortName: ' ' })).toBe('Councillor B Berry');
    expect(nameAsPrinted(wirral, { title: 'Councillor', name: 'Bob Berry', shortName: 'R Berry' }, true)).toBe('Councillor Bob Berry');
  });

  it('names movers and seconders in the style’s form for them, and everyone else in its own (Wirral)', () => {
    const wirral = styles.get('wirral-planning')!;
    expect(nameFormAt(wirral, 'mover')).toBe('initial-and-surname');
    expect(nameFormAt(wirral, 'other')).toBe('roster');
    const bury = styles.get('bury')!;
    expect(bury.names.movers).toBe('as-others');
    expect(nameFormAt(bury, 'mover')).toBe(bury.names.form);
  });
});
