// Local clock times for messages about saves, backups and versions, in the
// app's UK style ("2.32 pm", "2.32 pm on 23 March 2022").
import { formatUkDate, formatUkTime } from '../text/uk-format';

const pad = (value: number) => String(value).padStart(2, '0');

export function ukTimeOf(date: Date): string {
  return formatUkTime(`${pad(date.getHours())}:${pad(date.getMinutes())}`);
}

export function ukDateOf(date: Date): string {
  return formatUkDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`);
}

/** "2.32 pm today" when `now` is the same day, else "2.32 pm on 23 March 2022". */
export function ukMomentOf(date: Date, now: Date = new Date()): string {
  const sameDay = ukDateOf(date) === ukDateOf(now);
  return sameDay ? `${ukTimeOf(date)} today` : `${ukTimeOf(date)} on ${ukDateOf(date)}`;
}
