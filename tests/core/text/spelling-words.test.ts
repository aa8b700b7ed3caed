import { describe, expect, it } from 'vitest';
import { createEmptyMeeting, meetingSchema } from '../../../core/model/meeting';
import { dictionaryWords, meetingDictionaryWords } from '../../../core/text/spelling-words';

describe('dictionary words for the spellchecker', () => {
  it('takes each part of roster names (not initials) and acronyms with plurals', () => {
    expect(dictionaryWords(['S Wright', 'L McBriar', 'Jeanette Richards'], ['KPI', 'DfE', 'MATs'])).toEqual([
      'DfE',
      'DfEs',
      'Jeanette',
      'KPI',
      'KPIs',
      'MATs',
      'McBriar',
      'Richards',
      'Wright',
    ]);
  });

  it('reads the roster and glossary from the meeting', () => {
    const meeting = meetingSchema.parse({
      ...createEmptyMeeting(),
      roster: [{ id: 'b', title: 'Councillor', name: 'C Boles', role: 'member', jobTitle: '', voting: true, retired: false }],
      glossary: [{ acronym: 'ILAC', meaning: 'Inspection of Local Authority Children’s Services' }],
    });
    expect(meetingDictionaryWords(meeting)).toEqual(['Boles', 'ILAC', 'ILACs']);
  });
});
