// The heading of an agenda item. Items are flat: the item's blocks are the
// nodes after it up to the next heading, so typing under an item is ordinary
// paragraph typing. The minute number is never stored: the numbering plugin
// writes it to data-minute-number and CSS shows it.
import {
  $applyNodeReplacement,
  $createParagraphNode,
  ElementNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type ParagraphNode,
  type RangeSelection,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import type { SerializedAgendaItemJson } from '../../../core/minutes/serialized-nodes';
import { createBlockElement, patchDataFields, readBoolean, readString, type DataFields } from './node-dom';

export type SerializedAgendaItemNode = Spread<
  Omit<SerializedAgendaItemJson, 'children' | 'direction' | 'format' | 'indent'>,
  SerializedElementNode
>;

export interface AgendaItemFields {
  itemId: string;
  standing: string | null;
  exemptParagraph: string | null;
  urgent: boolean;
  reportName: string | null;
}

export class AgendaItemNode extends ElementNode {
  __itemId: string;
  __standing: string | null;
  __exemptParagraph: string | null;
  __urgent: boolean;
  __reportName: string | null;

  static override getType(): string {
    return 'agenda-item';
  }

  static override clone(node: AgendaItemNode): AgendaItemNode {
    return new AgendaItemNode(node.getFields(), node.__key);
  }

  constructor(fields?: Partial<AgendaItemFields>, key?: NodeKey) {
    super(key);
    this.__itemId = fields?.itemId ?? newItemId();
    this.__standing = fields?.standing ?? null;
    this.__exemptParagraph = fields?.exemptParagraph ?? null;
    this.__urgent = fields?.urgent ?? false;
    this.__reportName = fields?.reportName ?? null;
  }

  getFields(): AgendaItemFields {
    const self = this.getLatest();
    return {
      itemId: self.__itemId,
      standing: self.__standing,
      exemptParagraph: self.__exemptParagraph,
      urgent: self.__urgent,
      reportName: self.__reportName,
    };
  }

  setFields(fields: Partial<AgendaItemFields>): this {
    const self = this.getWritable();
    if (fields.itemId !== undefined) self.__itemId = fields.itemId;
    if (fields.standing !== undefined) self.__standing = fields.standing;
    if (fields.exemptParagraph !== undefined) self.__exemptParagraph = fields.exemptParagraph;
    if (fields.urgent !== undefined) self.__urgent = fields.urgent;
    if (fields.reportName !== undefined) self.__reportName = fields.reportName;
    return self;
  }

  private dataFields(): DataFields {
    return {
      'item-id': this.__itemId,
      standing: this.__standing,
      exempt: this.__exemptParagraph,
      urgent: this.__urgent,
      report: this.__reportName,
    };
  }

  override createDOM(): HTMLElement {
    return createBlockElement('h2', 'mb-agenda-item', this.dataFields());
  }

  override updateDOM(prevNode: AgendaItemNode, dom: HTMLElement): boolean {
    patchDataFields(dom, prevNode.dataFields(), this.dataFields());
    return false;
  }

  override exportDOM(): DOMExportOutput {
    return { element: createBlockElement('h2', 'mb-agenda-item', this.dataFields()) };
  }

  static override importDOM(): DOMConversionMap {
    return {
      h2: (element: HTMLElement) =>
        element.classList.contains('mb-agenda-item') || element.hasAttribute('data-item-id')
          ? { conversion: convertAgendaItemElement, priority: 2 }
          : null,
    };
  }

  static override importJSON(json: SerializedAgendaItemNode): AgendaItemNode {
    return $createAgendaItemNode().updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedAgendaItemNode>): this {
    // Files written before a field existed simply lack it: defaults apply.
    return super.updateFromJSON(json).setFields({
      itemId: typeof json.itemId === 'string' && json.itemId ? json.itemId : newItemId(),
      standing: json.standing ?? null,
      exemptParagraph: json.exemptParagraph ?? null,
      urgent: json.urgent === true,
      reportName: json.reportName ?? null,
    });
  }

  override exportJSON(): SerializedAgendaItemNode {
    const { itemId, standing, exemptParagraph, urgent, reportName } = this.getFields();
    return {
      type: 'agenda-item',
      version: 1,
      children: [],
      direction: this.getDirection() ?? 'ltr',
      format: '',
      indent: 0,
      itemId,
      standing,
      exemptParagraph,
      urgent,
      reportName,
    } as SerializedAgendaItemNode;
  }

  // Enter at the end of a title starts the item's first paragraph.
  override insertNewAfter(_selection?: RangeSelection, restoreSelection = true): ParagraphNode {
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  // Backspace at the start of an empty title turns it back into a paragraph.
  override collapseAtStart(): boolean {
    if (!this.isEmpty()) return false;
    const paragraph = $createParagraphNode();
    this.replace(paragraph);
    paragraph.select();
    return true;
  }

  override extractWithChild(): boolean {
    return true;
  }
}

function convertAgendaItemElement(element: HTMLElement): DOMConversionOutput {
  return {
    node: $createAgendaItemNode({
      itemId: readString(element, 'item-id') ?? newItemId(),
      standing: readString(element, 'standing'),
      exemptParagraph: readString(element, 'exempt'),
      urgent: readBoolean(element, 'urgent'),
      reportName: readString(element, 'report'),
    }),
  };
}

/** A fresh item id; pasted copies of an item get one too (see the paste transform). */
export function newItemId(): string {
  return `item-${crypto.randomUUID()}`;
}

export function $createAgendaItemNode(fields?: Partial<AgendaItemFields>): AgendaItemNode {
  return $applyNodeReplacement(new AgendaItemNode(fields));
}

export function $isAgendaItemNode(node: LexicalNode | null | undefined): node is AgendaItemNode {
  return node instanceof AgendaItemNode;
}
