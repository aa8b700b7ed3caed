// The committee's action log across meetings. An action keeps its id when it
// is carried to the next meeting's matters arising, so every meeting it
// appears in is one line of its history; its status is what the clerk wrote
// after it at the latest of them ("completed", "ongoing", "carried forward"),
// and it is open until then.
import { formatUkDate, isIsoDate } from '../text/uk-format';
import type { LibraryAction } from './library-meeting';

export const actionStatuses = ['open', 'ongoing', 'carried forward', 'completed'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Where an action was raised, as carried actions say it: "(minute CA.119, 28 February 2017)". */
const ORIGIN = /\s*\(minute [^()]*\)/i;
const STATUS_WORDS: ReadonlyArray<[RegExp, ActionStatus]> = [
  [/\bcarried forward\b/i, 'carried forward'],
  [/\bongoing\b/i, 'ongoing'],
  [/\b(completed|complete|done)\b/i, 'completed'],
];
/** The clerk's status note after the action: " – completed", "; ongoing.", ": carried forward". */
const STATUS_NOTE = /\s*[-–—:;,]+\s*(carried forward|ongoing|completed|complete|done)\.?\s*$/i;

/** The status the clerk wrote after an action's words (in the part after its origin, when it has one). */
export function actionStatusOf(description: string): ActionStatus {
  const origin = description.match(ORIGIN);
  const note = origin ? description.slice((origin.index ?? 0) + origin[0].length) : (description.match(STATUS_NOTE)?.[0] ?? '');
  return STATUS_WORDS.find(([pattern]) => pattern.test(note))?.[1] ?? 'open';
}

/** An action's own words: without its origin and without the status note. */
export function actionWords(description: string): string {
  const origin = description.match(ORIGIN);
  const words = origin ? description.slice(0, origin.index) : description.replace(STATUS_NOTE, '');
  return words.trim();
}

export interface MinuteReference {
  minuteNumber: string;
  /** ISO date of the meeting. */
  date: string;
}

export function describeReference(reference: MinuteReference): string {
  const date = isIsoDate(reference.date) ? formatUkDate(reference.date) : 'undated meeting';
  return reference.minuteNumber ? `minute ${reference.minuteNumber}, ${date}` : date;
}

export interface ActionOccurrence extends LibraryAction {
  meetingDate: string;
}

export interface ActionLogEntry {
  actionId: string;
  description: string;
  owner: string;
  due: string | null;
  /** The minute that raised it. */
  raisedAt: MinuteReference;
  status: ActionStatus;
  /** Every meeting it appeared in, oldest first, with the status written there. */
  history: Array<MinuteReference & { status: ActionStatus }>;
}

/** One entry per action, oldest raised first; occurrences in any order. */
export function buildActionLog(occurrences: ReadonlyArray<ActionOccurrence>): ActionLogEntry[] {
  const sorted = [...occurrences].sort((a, b) => a.meetingDate.localeCompare(b.meetingDate));
  const entries = new Map<string, ActionLogEntry>();
  for (const occurrence of sorted) {
    const status = actionStatusOf(occurrence.description);
    const at = { minuteNumber: occurrence.minuteNumber, date: occurrence.meetingDate };
    const entry = entries.get(occurrence.actionId);
    if (!entry) {
      entries.set(occurrence.actionId, {
        actionId: occurrence.actionId,
        description: actionWords(occurrence.description),
        owner: occurrence.owner,
        due: occurrence.due,
        raisedAt: at,
        status,
        history: [{ ...at, status }],
      });
      continue;
    }
    entry.status = status;
    entry.history.push({ ...at, status });
    // A later meeting may have changed the owner or the date (a new date agreed).
    if (occurrence.owner) entry.owner = occurrence.owner;
    if (occurrence.due) entry.due = occurrence.due;
  }
  return [...entries.values()];
}

export const isOpen = (entry: { status: ActionStatus }) => entry.status !== 'completed';
