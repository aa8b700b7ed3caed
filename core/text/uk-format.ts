// Dates and times as UK councils print them: "23 March 2022", "5.30 pm".
// Inputs are ISO strings so that no time zone or locale sneaks in.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(iso);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!match || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`“${iso}” is not a date in the form yyyy-mm-dd.`);
  }
  return { year, month, day };
}

/** "2022-03-23" → "23 March 2022". */
export function formatUkDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * "2022-03-23" → "23/03/2022", the way a date is entered and shown in a field
 * (read back by parseClerkDate); "" stays "" for a field left empty.
 */
export function formatUkDateEntry(iso: string): string {
  if (iso === '') return '';
  const { year, month, day } = parseIsoDate(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year).padStart(4, '0')}`;
}

/** "17:30" → "17:30", the way a time is entered and shown in a field (read back by parseClerkTime); "" stays "". */
export function formatUkTimeEntry(clock: string): string {
  if (clock === '') return '';
  if (!CLOCK_TIME.test(clock)) throw new RangeError(`“${clock}” is not a time in the form hh:mm.`);
  return clock;
}

/** "2022-03-23" → "Wednesday, 23 March 2022". */
export function formatUkDateWithWeekday(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday}, ${formatUkDate(iso)}`;
}

/** "17:30" → "5.30 pm", "12:00" → "12.00 pm", "00:05" → "12.05 am". */
export function formatUkTime(clock: string): string {
  const match = CLOCK_TIME.exec(clock);
  if (!match) throw new RangeError(`“${clock}” is not a time in the form hh:mm.`);
  const hours = Number(match[1]);
  const suffix = hours < 12 ? 'am' : 'pm';
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}.${match[2]} ${suffix}`;
}

export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}
