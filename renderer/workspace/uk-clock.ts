// The time of day as a UK clerk reads it ("5.30 pm"), on UK time whatever
// zone or locale the machine is set to: a council meeting happens in the UK,
// and the status bar's clock is the one the minutes' times are checked against.
import { formatUkTime } from '../../core/text/uk-format';

const londonClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "17:30" on the UK's clock (GMT or BST) at that instant. */
export function ukClockOf(instant: Date): string {
  const parts = londonClock.formatToParts(instant);
  const part = (type: 'hour' | 'minute') => parts.find((entry) => entry.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}`;
}

/** "5.30 pm" on the UK's clock at that instant. */
export function ukTimeOfDay(instant: Date): string {
  return formatUkTime(ukClockOf(instant));
}
