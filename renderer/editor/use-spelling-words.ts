// Keeps the spellchecker's dictionary in step with the open meeting: its
// roster names and glossary acronyms are words, not misspellings. Sent when
// that list of words changes (a roster edit, a new acronym), not on every
// change to the meeting.
import { useEffect, useMemo } from 'react';
import type { Meeting } from '../../core/model/meeting';
import { meetingDictionaryWords } from '../../core/text/spelling-words';
import { call, minuteBookApi } from '../ipc/minute-book-api';

export function useSpellingWords(meeting: Meeting): void {
  const list = useMemo(() => meetingDictionaryWords(meeting).join('\n'), [meeting]);
  useEffect(() => {
    if (!list || !window.minuteBook) return;
    // A dictionary that cannot take the words only means red underlines under
    // names; nothing the clerk typed is at stake, so there is nothing to report.
    call(minuteBookApi().acceptSpellingWords({ words: list.split('\n') })).catch(() => undefined);
  }, [list]);
}
