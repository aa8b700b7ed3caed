// The next meeting of a committee, from its last one: what carries over
// (open actions as matters arising, each with the minute that raised it;
// items deferred; minutes whose approval was deferred, with their own dates;
// the standing items as the clerk left them) and how it is laid into a new
// meeting built from the template. Pure: works on saved JSON.
import { readMinutes } from '../minutes/read-minutes';
import { plainText, type JsonNode } from '../minutes/rich-text-json';
import { agendaItemJson, paragraphJson, textJson } from '../minutes/serialized-nodes';
import type { LexicalState } from '../storage/lexical-state';
import type { MinutesDocument } from '../storage/minutes-document';
import { formatUkDate } from '../text/uk-format';
import { actionStatusOf, actionWords, describeReference, type ActionStatus } from './action-log';

export const MATTERS_ARISING_KEY = 'matters-arising';
const PREVIOUS_MINUTES_KEY = 'previous-minutes';
const DEFERRED = /\bdefer(red|s)?\b/i;
/** Our own words about last time's deferral (previousMinutesWording): not a new deferral. */
const OUR_DEFERRAL_NOTE = /\(approval deferred at the last meeting\)/gi;

export interface CarriedAction {
  actionId: string;
  description: string;
  ownerId: string | null;
  owner: string;
  due: string | null;
  /** "minute CA.119, 28 February 2017" */
  raisedAt: string;
  status: ActionStatus;
}

export interface CarryOver {
  previousDate: string;
  openActions: CarriedAction[];
  /** Items of business the last meeting deferred, to be taken again. */
  deferredItems: Array<{ title: string; reportName: string | null }>;
  /** Meetings whose minutes are still to be approved, oldest first (the last meeting's own date is not among them). */
  deferredMinutesDates: string[];
  /** The standing items as the clerk left them last time, in order; empty when the last meeting had none. */
  standingItems: Array<{ key: string; title: string }>;
  /** How many of those standing items came before the last meeting's first item of business. */
  businessAfter: number;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Sections of the flat content: each agenda item with the nodes under it (the first, headless, holds any preamble). */
function sectionsOf(children: ReadonlyArray<JsonNode>): Array<{ item: JsonNode | null; nodes: JsonNode[] }> {
  const sections: Array<{ item: JsonNode | null; nodes: JsonNode[] }> = [{ item: null, nodes: [] }];
  for (const node of children) {
    if (node.type === 'agenda-item') sections.push({ item: node, nodes: [] });
    else sections.at(-1)!.nodes.push(node);
  }
  return sections;
}

/** The dates still awaiting approval that a meeting carried (kept in the meeting, a loose field). */
function deferredDatesOf(document: MinutesDocument): string[] {
  const value = (document.meeting as Record<string, unknown>).deferredMinutesDates;
  return Array.isArray(value) ? value.filter((date): date is string => typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) : [];
}

export function carryOverFrom(previous: MinutesDocument): CarryOver {
  const minutes = readMinutes(previous.content, previous.meeting);
  const children = previous.content.root.children as JsonNode[];
  const sections = sectionsOf(children).filter((section) => section.item !== null);
  const itemText = (index: number) =>
    minutes.items[index]?.blocks
      .map((block) => (block.kind === 'paragraph' ? plainText(block.text) : block.kind === 'resolutions' ? block.resolutions.map(plainText).join(' ') : ''))
      .join(' ') ?? '';

  const openActions: CarriedAction[] = [];
  const deferredItems: CarryOver['deferredItems'] = [];
  let minutesDeferred = false;
  sections.forEach((section, index) => {
    const item = minutes.items[index];
    const standing = str(section.item?.standing) || null;
    if (standing === PREVIOUS_MINUTES_KEY) minutesDeferred = DEFERRED.test(itemText(index).replace(OUR_DEFERRAL_NOTE, ''));
    else if (!standing && DEFERRED.test(itemText(index)) && item) deferredItems.push({ title: item.title, reportName: str(section.item?.reportName) || null });
    for (const block of item?.blocks ?? []) {
      if (block.kind !== 'action') continue;
      const written = plainText(block.action.description).trim();
      const status = actionStatusOf(written);
      if (status === 'completed') continue;
      // Carried before: its origin is already in its words; raised here: this minute.
      const origin = written.match(/\(minute ([^()]*)\)/i)?.[1];
      openActions.push({
        actionId: block.action.id,
        description: actionWords(written),
        ownerId: block.action.owner?.personId ?? null,
        owner: block.action.owner?.name ?? '',
        due: block.action.due,
        raisedAt: origin ? `minute ${origin}` : describeReference({ minuteNumber: item?.number ?? '', date: previous.meeting.date }),
        status,
      });
    }
  });

  const awaiting = [...deferredDatesOf(previous), ...(previous.meeting.previousMeetingDate ? [previous.meeting.previousMeetingDate] : [])];
  const standingItems = sections.flatMap((section, index) => {
    const key = str(section.item?.standing);
    return key && key !== MATTERS_ARISING_KEY ? [{ key, title: minutes.items[index]?.title ?? '' }] : [];
  });
  const firstBusiness = sections.findIndex((section) => !str(section.item?.standing));
  const businessAfter =
    firstBusiness < 0
      ? standingItems.length
      : sections.slice(0, firstBusiness).filter((section) => str(section.item?.standing) && str(section.item?.standing) !== MATTERS_ARISING_KEY).length;
  return {
    previousDate: previous.meeting.date,
    businessAfter,
    openActions,
    deferredItems,
    deferredMinutesDates: minutesDeferred ? [...new Set(awaiting)].sort() : [],
    standingItems,
  };
}

/** "The minutes of the meetings held on 21 February 2017 (approval deferred at the last meeting) and 28 February 2017 were approved…" */
export function previousMinutesWording(carry: CarryOver): string | null {
  if (carry.deferredMinutesDates.length === 0) return null;
  const deferred = carry.deferredMinutesDates.map(formatUkDate);
  const list = (dates: string[]) => (dates.length === 1 ? dates[0]! : `${dates.slice(0, -1).join(', ')} and ${dates.at(-1)!}`);
  return `The minutes of the meetings held on ${list(deferred)} (approval deferred at the last meeting) and ${formatUkDate(carry.previousDate)} were approved and signed by the Chair as a correct record.`;
}

function actionJson(action: CarriedAction) {
  return {
    type: 'action',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    actionId: action.actionId,
    ownerId: action.ownerId,
    ownerName: action.owner,
    due: action.due,
    children: [textJson(`${action.description} (${action.raisedAt})`)],
  };
}

/**
 * Lays the carry-over into a meeting built from the template: the standing
 * items in the order and with the titles of last time (the template's words
 * under them), items the clerk removed last time left out; matters arising
 * after the previous minutes; deferred items before the new business.
 */
export function applyCarryOver(built: MinutesDocument, carry: CarryOver, newItemId: () => string): MinutesDocument {
  const sections = sectionsOf(built.content.root.children as JsonNode[]);
  const preamble = sections[0]!.nodes;
  const items = sections.slice(1) as Array<{ item: JsonNode; nodes: JsonNode[] }>;
  const byKey = new Map(items.filter((section) => str(section.item.standing)).map((section) => [str(section.item.standing), section]));
  const business = items.filter((section) => !str(section.item.standing));

  const deferred = carry.deferredItems.map((item) => ({
    item: agendaItemJson({ itemId: newItemId(), title: item.title, reportName: item.reportName }) as unknown as JsonNode,
    nodes: [paragraphJson('') as unknown as JsonNode],
  }));
  const mattersArising =
    carry.openActions.length > 0
      ? [
          {
            item: agendaItemJson({ itemId: newItemId(), title: 'Matters arising', standing: MATTERS_ARISING_KEY }) as unknown as JsonNode,
            nodes: [paragraphJson('Actions from previous meetings:'), ...carry.openActions.map(actionJson)] as unknown as JsonNode[],
          },
        ]
      : [];

  let ordered: Array<{ item: JsonNode; nodes: JsonNode[] }>;
  if (carry.standingItems.length === 0) {
    ordered = [...items.filter((section) => str(section.item.standing)), ...deferred, ...business];
    const minutesAt = ordered.findIndex((section) => str(section.item.standing) === PREVIOUS_MINUTES_KEY);
    ordered.splice(minutesAt + 1, 0, ...mattersArising);
  } else {
    // Business goes where the last meeting's business began: after the standing items that came before it.
    const firstBusiness = carry.businessAfter;
    ordered = [];
    carry.standingItems.forEach((standing, index) => {
      if (index === firstBusiness) ordered.push(...deferred, ...business);
      const section = byKey.get(standing.key) ?? {
        item: agendaItemJson({ itemId: newItemId(), title: standing.title, standing: standing.key }) as unknown as JsonNode,
        nodes: [paragraphJson('') as unknown as JsonNode],
      };
      ordered.push({ item: { ...section.item, children: [textJson(standing.title)] }, nodes: section.nodes });
      if (standing.key === PREVIOUS_MINUTES_KEY) ordered.push(...mattersArising);
    });
    if (firstBusiness >= carry.standingItems.length) ordered.push(...deferred, ...business);
    if (!carry.standingItems.some((standing) => standing.key === PREVIOUS_MINUTES_KEY)) ordered.unshift(...mattersArising);
  }

  const wording = previousMinutesWording(carry);
  const children = [...preamble];
  for (const section of ordered) {
    children.push(section.item);
    if (wording && str(section.item.standing) === PREVIOUS_MINUTES_KEY) children.push(paragraphJson(wording) as unknown as JsonNode);
    else children.push(...section.nodes);
  }
  return {
    ...built,
    meeting: {
      ...built.meeting,
      previousMeetingDate: carry.previousDate || built.meeting.previousMeetingDate,
      deferredMinutesDates: carry.deferredMinutesDates,
    },
    content: { root: { ...built.content.root, children: children as LexicalState['root']['children'] } },
  };
}
