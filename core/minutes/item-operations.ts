// What removing, replacing, merging and splitting agenda items does to the
// items' own fields, as one set of rules the editor's item commands follow
// (renderer/editor/outline/item-edits.ts moves the nodes). Two rules matter:
// - Privacy fails closed: text that came from an exempt item is still exempt
//   wherever it goes, so an item that receives it (by a merge, or by taking
//   the text of a removed item) becomes exempt too, and the part split off an
//   exempt item is exempt. Nothing an exempt item held can reach the public
//   version by being moved.
// - Minute numbers are positions (core/model/minute-numbering.ts): removing
//   or merging an item renumbers the items after it, and splitting one
//   renumbers them the other way, with no gaps and no number used twice. A
//   committee's next meeting continues from this meeting's last number
//   (numberingAfterMeeting), so it follows too.
import type { AgendaItemFields } from '../blocks/agenda-item-block';
import { isExemptField } from '../publication/exempt-field';

/** Where the text of an item whose heading goes can be put, given the item's place among `count` items. */
export interface TextDestinations {
  previous: boolean;
  next: boolean;
}

export function textDestinations(index: number, count: number): TextDestinations {
  return { previous: index > 0, next: index < count - 1 };
}

/**
 * The fields of an item that takes in another item's text (a merge, or the
 * text of a removed item): it keeps its own identity, and becomes exempt or
 * urgent if the text it takes in was.
 */
export function fieldsReceivingText(receiver: AgendaItemFields, giver: AgendaItemFields): AgendaItemFields {
  const exemptParagraph = isExemptField(receiver.exemptParagraph) ? receiver.exemptParagraph : giver.exemptParagraph;
  return {
    ...receiver,
    exemptParagraph,
    urgent: receiver.urgent || giver.urgent,
    reportName: receiver.reportName ?? giver.reportName,
  };
}

/** True when taking in the giver's text makes the receiver exempt: the clerk is told so. */
export function becomesExempt(receiver: AgendaItemFields, giver: AgendaItemFields): boolean {
  return !isExemptField(receiver.exemptParagraph) && isExemptField(giver.exemptParagraph);
}

/**
 * The fields of the new item split off an item at the caret: a new identity,
 * no standing role or report, and the original's exempt and urgent markings
 * (its text was exempt a moment ago).
 */
export function fieldsOfSplitItem(original: AgendaItemFields, itemId: string): AgendaItemFields {
  return { itemId, standing: null, exemptParagraph: original.exemptParagraph, urgent: original.urgent, reportName: null };
}

/**
 * The fields of an item retitled by "Replace item": it is no longer the
 * standing item it was (so no standing blocks are offered for it), and it
 * takes the report name of the item it was replaced with, if any. Its
 * identity and its exempt and urgent markings stay.
 */
export function fieldsOfReplacedItem(original: AgendaItemFields, replacement: Pick<AgendaItemFields, 'reportName'> | null): AgendaItemFields {
  return { ...original, standing: null, reportName: replacement ? replacement.reportName : original.reportName };
}
