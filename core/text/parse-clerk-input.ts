// Dates and times as a clerk types them ("30 April 2022", "30/4/22", "5.30 pm",
// "17:30") turned into the ISO forms the minutes store. Null when unreadable,
// so the prompt can ask again instead of storing nonsense.
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isoDate(year: number, month: number, day: number): string | null {
  const fullYear = year < 100 ? 2000 + year : year;
  const check = new Date(Date.UTC(fullYear, month - 1, day));
  if (check.getUTCFullYear() !== fullYear || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${String(fullYear).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseClerkDate(input: string): string | null {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/(\d)(st|nd|rd|th)\b/, '$1');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(text);
  if (match) {
    const month = MONTHS.findIndex((name) => name.startsWith(match![2]!) && match![2]!.length >= 3);
    return month < 0 ? null : isoDate(Number(match[3]), month + 1, Number(match[1]));
  }
  return null;
}

/**
 * "5.30 pm", "5:30pm", "17:30", "1730", "530", "6 pm" → "hh:mm" (24-hour). Given `after` ("19:30", the meeting's
 * start for its end), a time without am or pm that would fall before it is read as pm: "840" is 20:40.
 */
export function parseClerkTime(input: string, after: string | null = null): string | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, '');
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?(am|pm)?$/.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const suffix = match[3];
  if (minutes > 59) return null;
  if (suffix) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (suffix === 'pm' ? 12 : 0);
  } else if (hours > 23 || (match[2] === undefined && text.length > 2)) {
    return null;
  } else if (after && hours >= 1 && hours < 12 && clock(hours, minutes) < after && clock(hours + 12, minutes) >= after) {
    hours += 12;
  }
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function clock(hours: number, minutes: number): string {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The clock time of a Date, local to the clerk ("17:32"). */
export function clockOf(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
