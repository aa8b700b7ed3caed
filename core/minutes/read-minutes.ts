// Lexical JSON → MinutesContent: what the minutes say, as plain data for the
// exporters. Pure and Lexical-free: it walks the saved JSON. Items are flat in
// the document (a heading, then its blocks up to the next heading). Each block
// kind reads itself (core/blocks), gathering runs of related nodes (declarations,
// a question and its response, resolutions) into one block. Anything not
// recognised is kept as a paragraph of its text, so nothing typed is lost.
import { blockDefinitionOf } from '../blocks/block-registry';
import type { ReadContext } from '../blocks/block-definition';
import { personRef } from '../blocks/block-fields';
import { meetingCloseBlock } from '../blocks/meeting-close-block';
import type { HouseStyle } from '../house-style/house-style-schema';
import { readHouseStyleOfMeeting } from '../house-style/meeting-house-style';
import type { Meeting } from '../model/meeting';
import { minuteNumber } from '../model/minute-numbering';
import { readExemptField } from '../publication/exempt-field';
import type { LexicalState } from '../storage/lexical-state';
import { resolutionsBulleted, resolutionsHeading } from './meeting-context';
import type { AgendaItemMinutes, ListBlock, MinuteBlock, MinutesContent, RichText } from './minutes-model';
import { childrenOf, plainText, richTextOf, type JsonNode } from './rich-text-json';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function readMinutes(content: LexicalState, meeting: Meeting): MinutesContent {
  const scheme = meeting.numbering;
  let style: { read: HouseStyle | null } | undefined;
  const context: ReadContext = {
    resolutions: { heading: resolutionsHeading(meeting), bulleted: resolutionsBulleted(meeting) },
    // Only a standard statement asks (is it in the style's words?), so minutes with none never parse the style.
    houseStyle: () => (style ??= { read: readableHouseStyle(meeting) }).read,
  };
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
        reportName: str(node.reportName).trim() || null,
        blocks: [],
      };
      minutes.items.push(item);
      blocks = item.blocks;
    } else if (node.type === 'meeting-close') {
      // Times not set on the close fall back to those recorded on the meeting.
      const close = meetingCloseBlock.fields.parse(node);
      minutes.close = {
        chair: personRef(close.chairId, close.chairName),
        startedAt: close.startedAt ?? (meeting.startedAt || null),
        endedAt: close.endedAt ?? (meeting.endedAt || null),
      };
    } else {
      addBlock(blocks, node, context);
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

/** A block kind reads itself (core/blocks); lists and headings are Lexical's; anything else with text is a paragraph. */
function addBlock(blocks: MinuteBlock[], node: JsonNode, context: ReadContext): void {
  const text = richTextOf(node);
  if (node.type === 'list') {
    blocks.push(listBlock(node));
    return;
  }
  if (node.type === 'heading') {
    // The toolbar's headings: h1 one level below the item's heading, h2 and smaller one further.
    if (plainText(text).trim()) blocks.push({ kind: 'heading', level: node.tag === 'h1' ? 1 : 2, text });
    return;
  }
  if (blockDefinitionOf(str(node.type))?.read(node, text, blocks, context)) return;
  if (plainText(text).trim()) blocks.push({ kind: 'paragraph', text });
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
  if (items.length === 0)
    return { kind: 'list', ordered: sublists[0]?.ordered ?? list.listType === 'number', items: sublists.flatMap((sublist) => sublist.items) };
  return sublists.length
    ? { kind: 'list', ordered: list.listType === 'number', items, sublists }
    : { kind: 'list', ordered: list.listType === 'number', items };
}

/** The style the minutes print in; one the export would refuse reads as none here (the export and the checks say why). */
function readableHouseStyle(meeting: Meeting): HouseStyle | null {
  const read = readHouseStyleOfMeeting(meeting);
  return read.ok ? read.style : null;
}
