// Lexical JSON → MinutesContent: what the minutes say, as plain data for the
// exporters. Pure and Lexical-free: it walks the saved JSON. Items are flat in
// the document (a heading, then its blocks up to the next heading); runs of
// related nodes (declarations, a question and its response, resolutions, the
// parts of a cabinet decision) are gathered into one block here. Anything not
// recognised is kept as a paragraph of its text, so nothing typed is lost.
import type { Meeting } from '../model/meeting';
import { minuteNumber } from '../model/minute-numbering';
import { readExemptField } from '../publication/exempt-field';
import type { LexicalState } from '../storage/lexical-state';
import { cabinetParts, interestKinds, interestRequiresLeaving, isStatementKind, statements } from './block-wording';
import { meetingNumbering, resolutionsBulleted, resolutionsHeading } from './meeting-context';
import type { AgendaItemMinutes, InterestKind, ListBlock, MinuteBlock, MinutesContent, PersonRef, RichText, VoteChoice } from './minutes-model';
import { childrenOf, joinRichText, plainText, richTextOf, type JsonNode } from './rich-text-json';
import { countRecorded, voteResult } from './vote-result';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strOrNull = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
// Which question a block came from, to join its response; the id is not part of the model.
const questionIds = new WeakMap<MinuteBlock, string>();

const count = (value: unknown): number => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0);

function personRef(id: unknown, name: unknown): PersonRef | null {
  const written = str(name).trim();
  return written ? { personId: strOrNull(id), name: written } : null;
}

export function readMinutes(content: LexicalState, meeting: Meeting): MinutesContent {
  const scheme = meetingNumbering(meeting);
  const resolutionDefaults: ResolutionsDefaults = { heading: resolutionsHeading(meeting), bulleted: resolutionsBulleted(meeting) };
  const minutes: MinutesContent = { preamble: [], items: [], close: null };
  let blocks = minutes.preamble;

  for (const node of childrenOf(content.root as JsonNode).map(withLinkAddresses)) {
    if (node.type === 'agenda-item') {
      const item: AgendaItemMinutes = {
        id: str(node.itemId),
        number: minuteNumber(scheme, minutes.items.length),
        title: plainText(richTextOf(node)).trim(),
        exempt: exemptOf(node.exemptParagraph),
        urgent: node.urgent === true,
        blocks: [],
      };
      minutes.items.push(item);
      blocks = item.blocks;
    } else if (node.type === 'meeting-close') {
      // Times not set on the close fall back to those recorded on the meeting.
      minutes.close = {
        chair: personRef(node.chairId, node.chairName),
        startedAt: strOrNull(node.startedAt) ?? strOrNull((meeting as Record<string, unknown>).startedAt),
        endedAt: strOrNull(node.endedAt) ?? strOrNull((meeting as Record<string, unknown>).endedAt),
      };
    } else {
      addBlock(blocks, node, resolutionDefaults);
    }
  }
  return minutes;
}

/**
 * A link keeps its address in print: "the council website (https://www.bury.gov.uk)". Printed minutes
 * are read on paper too, where the words alone lose where they pointed; a link whose words are its address
 * is printed once.
 */
function withLinkAddresses(node: JsonNode): JsonNode {
  const children = childrenOf(node);
  if (children.length === 0) return node;
  const mapped = children.map(withLinkAddresses);
  const url = (node.type === 'link' || node.type === 'autolink') && typeof node.url === 'string' ? node.url.trim().replace(/^mailto:/i, '') : '';
  if (!url || plainText(richTextOf({ children: mapped })).trim() === url) return { ...node, children: mapped };
  return { ...node, children: [...mapped, { type: 'text', text: ` (${url})`, format: 0 }] };
}

/** Fails closed: a value that is present but not a paragraph 1 to 7 still makes the item exempt (and the checks say so). */
function exemptOf(value: unknown): AgendaItemMinutes['exempt'] {
  const field = readExemptField(value);
  if (!field.exempt) return null;
  return field.problem ? { paragraph: field.paragraph, problem: field.problem } : { paragraph: field.paragraph };
}

/** The template's resolutions wording, for a run typed without its own heading. */
interface ResolutionsDefaults {
  heading: string;
  bulleted: boolean;
}

const bulletedIf = (bulleted: boolean) => (bulleted ? { bulleted: true as const } : {});

function addBlock(blocks: MinuteBlock[], node: JsonNode, defaults: ResolutionsDefaults): void {
  const last = blocks.at(-1);
  const text = richTextOf(node);
  switch (node.type) {
    case 'apology': {
      const entry = { person: personRef(node.personId, node.name) ?? { personId: null, name: '' }, reason: plainText(text).trim() };
      if (last?.kind === 'apologies' && last.entries.length > 0) last.entries.push(entry);
      else blocks.push({ kind: 'apologies', entries: [entry] });
      return;
    }
    case 'declaration': {
      const kind = interestKinds.includes(node.kind as InterestKind) ? (node.kind as InterestKind) : 'personal';
      const entry = {
        member: personRef(node.memberId, node.memberName) ?? { personId: null, name: '' },
        itemId: strOrNull(node.itemId),
        kind,
        reason: text,
        leftRoom: typeof node.leftRoom === 'boolean' ? node.leftRoom : interestRequiresLeaving(kind),
      };
      if (last?.kind === 'declarations' && last.entries.length > 0) last.entries.push(entry);
      else blocks.push({ kind: 'declarations', entries: [entry] });
      return;
    }
    case 'minutes-statement': {
      const statement = isStatementKind(node.statement) ? node.statement : null;
      // Only the standard words make the standard block; edited words stay the clerk's paragraph.
      if (!statement || plainText(text).trim() !== statements[statement]) break;
      if (statement === 'no-apologies') blocks.push({ kind: 'apologies', entries: [] });
      else if (statement === 'no-declarations') blocks.push({ kind: 'declarations', entries: [] });
      else if (statement === 'no-urgent-business') blocks.push({ kind: 'no-urgent-business' });
      else blocks.push({ kind: 'no-questions', audience: statement === 'no-public-questions' ? 'public' : 'member' });
      return;
    }
    case 'question': {
      const audience: 'public' | 'member' = node.audience === 'member' ? 'member' : 'public';
      const askedBy = personRef(node.askedById, node.askedByName);
      const respondent = personRef(node.respondentId, node.respondentName);
      if (last?.kind === 'question' && questionIds.get(last) === str(node.questionId)) {
        if (node.part === 'response') last.response = joinRichText(last.response, text);
        else last.question = joinRichText(last.question, text);
        last.respondent ??= respondent;
        return;
      }
      const block = {
        kind: 'question' as const,
        audience,
        askedBy,
        question: node.part === 'response' ? [] : text,
        response: node.part === 'response' ? text : [],
        respondent,
      };
      questionIds.set(block, str(node.questionId));
      blocks.push(block);
      return;
    }
    case 'resolutions-heading':
      blocks.push({ kind: 'resolutions', heading: plainText(text).trim() || defaults.heading, resolutions: [], ...bulletedIf(node.style === 'bulleted') });
      return;
    case 'resolution': {
      // Actions arising may sit between resolutions without breaking their numbering.
      const run = [...blocks].reverse().find((block) => block.kind !== 'action');
      if (run?.kind === 'resolutions' && (last?.kind === 'resolutions' || last?.kind === 'action')) run.resolutions.push(text);
      else blocks.push({ kind: 'resolutions', heading: defaults.heading, resolutions: [text], ...bulletedIf(defaults.bulleted) });
      return;
    }
    case 'cabinet-decision': {
      const part = cabinetParts.includes(node.part as never) ? (node.part as (typeof cabinetParts)[number]) : 'decision';
      const field = part === 'decision' ? 'decision' : part === 'reasons' ? 'reasons' : 'alternatives';
      if (last?.kind === 'cabinet-decision' && !laterPartStarted(last, part)) last[field].push(text);
      else blocks.push({ kind: 'cabinet-decision', decision: [], reasons: [], alternatives: [], [field]: [text] });
      return;
    }
    case 'vote': {
      const recorded = readRecorded(node.recorded);
      const counts = recorded ? countRecorded(recorded) : { for: count(node.for), against: count(node.against), abstain: count(node.abstain) };
      const castingVote = node.castingVote === 'for' || node.castingVote === 'against' ? node.castingVote : null;
      blocks.push({
        kind: 'vote',
        vote: {
          motion: text,
          mover: personRef(node.moverId, node.moverName),
          seconder: personRef(node.seconderId, node.seconderName),
          counts,
          recorded,
          castingVote,
          result: voteResult(counts, castingVote),
        },
      });
      return;
    }
    case 'action':
      blocks.push({ kind: 'action', action: { id: str(node.actionId), owner: personRef(node.ownerId, node.ownerName), description: text, due: strOrNull(node.due) } });
      return;
    case 'list':
      blocks.push(listBlock(node));
      return;
    case 'heading': {
      // The toolbar's headings: h1 one level below the item's heading, h2 and smaller one further.
      if (plainText(text).trim()) blocks.push({ kind: 'heading', level: node.tag === 'h1' ? 1 : 2, text });
      return;
    }
  }
  if (plainText(text).trim()) blocks.push({ kind: 'paragraph', text });
}

/** A new decision record starts when a part comes after a later part has begun. */
function laterPartStarted(block: { decision: unknown[]; reasons: unknown[]; alternatives: unknown[] }, part: string): boolean {
  if (part === 'decision') return block.reasons.length > 0 || block.alternatives.length > 0;
  if (part === 'reasons') return block.alternatives.length > 0;
  return false;
}

function listItems(list: JsonNode): RichText[] {
  // Lists nested more than one level deep are flattened into their parent sublist in reading order.
  return childrenOf(list).flatMap((item) => {
    const nested = childrenOf(item).filter((child) => child.type === 'list');
    const own = richTextOf({ ...item, children: childrenOf(item).filter((child) => child.type !== 'list') });
    return [...(plainText(own).trim() ? [own] : []), ...nested.flatMap((child) => listItems(child))];
  });
}

/**
 * A list as the clerk typed it: its own items numbered in order, and each nested list kept under the item it
 * follows (Lexical saves a nested list as a list item holding only the list), so numbering is never shifted.
 */
function listBlock(list: JsonNode): MinuteBlock {
  const items: RichText[] = [];
  const sublists: NonNullable<ListBlock['sublists']> = [];
  for (const item of childrenOf(list)) {
    const nested = childrenOf(item).filter((child) => child.type === 'list');
    const own = richTextOf({ ...item, children: childrenOf(item).filter((child) => child.type !== 'list') });
    if (plainText(own).trim()) items.push(own);
    for (const child of nested) {
      const nestedItems = listItems(child);
      if (nestedItems.length) sublists.push({ after: Math.max(0, items.length - 1), ordered: child.listType === 'number', items: nestedItems });
    }
  }
  // A list that is only nested lists (its first level never typed) prints them as its items.
  if (items.length === 0) return { kind: 'list', ordered: sublists[0]?.ordered ?? list.listType === 'number', items: sublists.flatMap((sublist) => sublist.items) };
  return sublists.length ? { kind: 'list', ordered: list.listType === 'number', items, sublists } : { kind: 'list', ordered: list.listType === 'number', items };
}

function readRecorded(value: unknown): Array<{ member: PersonRef; choice: VoteChoice }> | null {
  if (!Array.isArray(value)) return null;
  return value.flatMap((entry: unknown) => {
    const loose = (typeof entry === 'object' && entry !== null ? entry : {}) as JsonNode;
    const member = personRef(loose.personId, loose.name);
    const choice = loose.choice === 'for' || loose.choice === 'against' || loose.choice === 'abstain' ? loose.choice : null;
    return member && choice ? [{ member, choice }] : [];
  });
}
