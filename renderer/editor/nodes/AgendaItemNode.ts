// The heading of an agenda item. The item's blocks are the nodes after it up
// to the next heading (in the editor, all in one AgendaSectionNode), so typing
// under an item is ordinary paragraph typing. The minute number is never stored: the numbering plugin
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
import { agendaItemBlock, type AgendaItemFields } from '../../../core/blocks/agenda-item-block';
import type { SerializedAgendaItemJson } from '../../../core/minutes/serialized-nodes';
import { blockFieldsOf } from './block-fields-of';
import { createBlockElement, patchDataFields, readBoolean, readString, type DataFields } from './node-dom';

export type SerializedAgendaItemNode = Spread<Omit<SerializedAgendaItemJson, 'children' | 'direction' | 'format' | 'indent'>, SerializedElementNode>;

export class AgendaItemNode extends ElementNode {
  __fields: AgendaItemFields;

  static override getType(): string {
    return agendaItemBlock.type;
  }

  static override clone(node: AgendaItemNode): AgendaItemNode {
    return new AgendaItemNode(node.__fields, node.__key);
  }

  constructor(fields: AgendaItemFields = blockFieldsOf(agendaItemBlock, {}), key?: NodeKey) {
    super(key);
    this.__fields = fields;
  }

  getFields(): AgendaItemFields {
    return this.getLatest().__fields;
  }

  setFields(patch: Partial<AgendaItemFields>): this {
    const self = this.getWritable();
    self.__fields = { ...self.__fields, ...patch };
    return self;
  }

  /** Per-field data-* attributes: CSS, the numbering plugin and pasted HTML read them. */
  private dataFields(): DataFields {
    const { itemId, standing, exemptParagraph, urgent, reportName } = this.__fields;
    return { 'item-id': itemId, standing, exempt: exemptParagraph, urgent, report: reportName };
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
        element.classList.contains('mb-agenda-item') || element.hasAttribute('data-item-id') ? { conversion: convertAgendaItemElement, priority: 2 } : null,
    };
  }

  static override importJSON(json: SerializedAgendaItemNode): AgendaItemNode {
    return $createAgendaItemNode().updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedAgendaItemNode>): this {
    // Files written before a field existed simply lack it: defaults apply.
    return super.updateFromJSON(json).setFields(blockFieldsOf(agendaItemBlock, json));
  }

  override exportJSON(): SerializedAgendaItemNode {
    return {
      type: 'agenda-item',
      version: 1,
      children: [],
      direction: this.getDirection() ?? 'ltr',
      format: '',
      indent: 0,
      ...this.getFields(),
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
      itemId: readString(element, 'item-id') ?? '',
      standing: readString(element, 'standing'),
      exemptParagraph: readString(element, 'exempt'),
      urgent: readBoolean(element, 'urgent'),
      reportName: readString(element, 'report'),
    }),
  };
}

export function $createAgendaItemNode(fields: Partial<AgendaItemFields> = {}): AgendaItemNode {
  return $applyNodeReplacement(new AgendaItemNode(blockFieldsOf(agendaItemBlock, fields)));
}

export function $isAgendaItemNode(node: LexicalNode | null | undefined): node is AgendaItemNode {
  return node instanceof AgendaItemNode;
}
