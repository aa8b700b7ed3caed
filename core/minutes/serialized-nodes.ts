// The JSON shapes of the editor's nodes that core reads and writes without
// Lexical: what AgendaItemNode.exportJSON produces, and what new meetings are
// built from. The editor's nodes must round-trip exactly these shapes.

export interface SerializedTextJson {
  type: 'text';
  version: 1;
  text: string;
  /** Lexical's bit flags: 1 bold, 2 italic, 8 underline. */
  format: number;
  detail: 0;
  mode: 'normal';
  style: '';
}

interface ElementJsonBase {
  version: 1;
  direction: 'ltr' | null;
  format: '';
  indent: 0;
}

export interface SerializedParagraphJson extends ElementJsonBase {
  type: 'paragraph';
  textFormat: 0;
  textStyle: '';
  children: SerializedTextJson[];
}

/**
 * The heading of an agenda item. Items are flat: an item's blocks are the
 * nodes after its heading up to the next heading. The minute number is not
 * stored: it is derived from the item's position and the numbering scheme.
 */
export interface SerializedAgendaItemJson extends ElementJsonBase {
  type: 'agenda-item';
  itemId: string;
  /** Which standing item this is, if any ("apologies", "declarations", …), so blocks can be offered for it. */
  standing: string | null;
  /** Press and public excluded: the Schedule 12A paragraph, or null. */
  exemptParagraph: string | null;
  urgent: boolean;
  /** The report the item considers, as named on the agenda, or null. */
  reportName: string | null;
  /** The title as text children. */
  children: SerializedTextJson[];
}

export function textJson(text: string, format = 0): SerializedTextJson {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

export function paragraphJson(text: string): SerializedParagraphJson {
  return {
    type: 'paragraph',
    version: 1,
    direction: text ? 'ltr' : null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: text ? [textJson(text)] : [],
  };
}

export function agendaItemJson(item: {
  itemId: string;
  title: string;
  standing?: string | null;
  exemptParagraph?: string | null;
  urgent?: boolean;
  reportName?: string | null;
}): SerializedAgendaItemJson {
  return {
    type: 'agenda-item',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    itemId: item.itemId,
    standing: item.standing ?? null,
    exemptParagraph: item.exemptParagraph ?? null,
    urgent: item.urgent ?? false,
    reportName: item.reportName ?? null,
    children: [textJson(item.title)],
  };
}
