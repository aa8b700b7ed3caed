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
import type { Meeting } from '../model/meeting';
import { minuteNumber } from '../model/minute-numbering';
import type { LexicalState } from '../storage/lexical-state';
import { meetingNumbering, resolutionsBulleted, resolutionsHeading } from './meeting-context';
import type { AgendaItemMinutes, MinuteBlock, MinutesContent, RichText } from './minutes-model';
import { childrenOf, plainText, richTextOf, type JsonNode } from './rich-text-json';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strOrNull = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

export function readMinutes(content: LexicalState, meeting: Meeting): MinutesContent {
  const scheme = meetingNumbering(meeting);
  const context: ReadContext = { resolutions: { heading: resolutionsHeading(meeting), bulleted: resolutionsBulleted(meeting) } };
  const minutes: MinutesContent = { preamble: [], items: [], close: null };
  let blocks = minutes.preamble;

  for (const node of childrenOf(content.root as JsonNode)) {
    if (node.type === 'agenda-item') {
      const item: AgendaItemMinutes = {
        id: str(node.itemId),
        number: minuteNumber(scheme, minutes.items.length),
        title: plainText(richTextOf(node)).trim(),
        exempt: strOrNull(node.exemptParagraph) ? { paragraph: str(node.exemptParagraph) } : null,
        urgent: node.urgent === true,
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

/** A block kind reads itself (core/blocks); lists are Lexical's; anything else with text is a paragraph. */
function addBlock(blocks: MinuteBlock[], node: JsonNode, context: ReadContext): void {
  const text = richTextOf(node);
  if (node.type === 'list') {
    blocks.push({ kind: 'list', ordered: node.listType === 'number', items: listItems(node) });
    return;
  }
  if (blockDefinitionOf(str(node.type))?.read(node, text, blocks, context)) return;
  if (plainText(text).trim()) blocks.push({ kind: 'paragraph', text });
}

function listItems(list: JsonNode): RichText[] {
  // Nested lists are flattened into the item list in reading order.
  return childrenOf(list).flatMap((item) => {
    const nested = childrenOf(item).filter((child) => child.type === 'list');
    const own = richTextOf({ ...item, children: childrenOf(item).filter((child) => child.type !== 'list') });
    return [...(plainText(own).trim() ? [own] : []), ...nested.flatMap((child) => listItems(child))];
  });
}
