// The meeting's date, time and venue as a published agenda's front sheet
// states them: "Date: Tuesday, 23 March 2022", "Time: 7.00 pm",
// "Venue: Council Chamber, Town Hall", or all in one line as in
// "Cabinet - Thursday, 23rd May, 2024 4.00 pm" and "to be held on Tuesday
// 28 February 2017 at 7.30 pm in the Village Hall".
import { parseClerkDate, parseClerkTime } from '../text/parse-clerk-input';

export interface MeetingDetails {
  date: string | null;
  startTime: string | null;
  venue: string | null;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WRITTEN_DATE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\.?,?\\s+(\\d{4})\\b`, 'i');
const NUMERIC_DATE = /\b(\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2}))\b/;
const TIME = /\b(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2})(?![\d/])/i;
const LABEL = /^(date(?: of meeting)?|time|venue|place|location|meeting venue)\s*[:\-–]\s*(.+)$/i;
const VENUE_AFTER_TIME = /\b(?:am|pm|a\.m\.|p\.m\.|\d{2})\s*,?\s+(?:in|at)\s+(?:the\s+)?(.+?)\s*\.?$/i;

export function dateIn(text: string): string | null {
  const written = WRITTEN_DATE.exec(text);
  if (written) return parseClerkDate(`${written[1]} ${written[2]} ${written[3]}`);
  const numeric = NUMERIC_DATE.exec(text);
  return numeric ? parseClerkDate(numeric[1]!) : null;
}

export function timeIn(text: string): string | null {
  const time = TIME.exec(text);
  return time ? parseClerkTime(time[1]!.replace(/\./g, (dot, at: number, whole: string) => (/\d/.test(whole[at + 1] ?? '') ? dot : ''))) : null;
}

/** Reads the details from the paragraphs before the first item; the first of each found wins. */
export function readMeetingDetails(frontSheet: readonly string[]): MeetingDetails {
  const details: MeetingDetails = { date: null, startTime: null, venue: null };
  for (const text of frontSheet) {
    const labelled = LABEL.exec(text);
    if (labelled) {
      const label = labelled[1]!.toLowerCase();
      const value = labelled[2]!.trim();
      if (label.startsWith('date')) {
        details.date ??= dateIn(value);
        details.startTime ??= timeIn(value.replace(WRITTEN_DATE, '').replace(NUMERIC_DATE, ''));
      } else if (label === 'time') details.startTime ??= timeIn(value);
      else details.venue ??= value.slice(0, 300);
      continue;
    }
    // A sentence or title line that carries the date (and often the time and place) inside it.
    const date = dateIn(text);
    if (!date) {
      // A time on a line of its own, as front sheets set it under the date.
      if (text.length <= 12) details.startTime ??= timeIn(text);
      continue;
    }
    details.date ??= date;
    const afterDate = text.replace(WRITTEN_DATE, ' ').replace(NUMERIC_DATE, ' ');
    details.startTime ??= timeIn(afterDate);
    const venue = VENUE_AFTER_TIME.exec(afterDate);
    if (venue && timeIn(afterDate)) details.venue ??= venue[1]!.slice(0, 300);
  }
  return details;
}
