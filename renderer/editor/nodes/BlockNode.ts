// The base of the minutes' structured blocks: an element the clerk types prose
// into (ordinary text children, so typing stays as fast as in a paragraph),
// carrying a small immutable record of fields. Fields travel in JSON at the
// top level of the node, and in HTML as data-block-fields (for re-import) plus
// per-field data-* attributes (for CSS labels).
import {
  $createParagraphNode,
  ElementNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
} from 'lexical';
import type { BlockDefinition } from '../../../core/blocks/block-definition';
import { meetingPrintOfTheme, type MeetingPrint } from '../minutes-theme';
import { blockFieldsOf } from './block-fields-of';
import { createBlockElement, patchDataFields, setDataFields, type DataFields } from './node-dom';

export type SerializedBlockNode<F> = SerializedElementNode & F;

/** What Lexical hands a node's static importJSON: any stored JSON, old or new. */
export type NodeJSONInput = Parameters<typeof LexicalNode.importJSON>[0];

export abstract class BlockNode<F extends object> extends ElementNode {
  __fields: F;

  constructor(fields: F, key?: NodeKey) {
    super(key);
    this.__fields = fields;
  }

  /** Element name and class for the page and for exported HTML. */
  abstract blockTag(): string;
  abstract blockClass(): string;
  /** The kind's definition in core/blocks: its fields' schema. */
  abstract blockDefinition(): BlockDefinition<F>;
  /**
   * data-* attributes the page's CSS shows (labels, lead-ins, summaries), in the meeting's house style's words where
   * it has them. Every call for one kind returns the same names (null for one not shown), so a redraw in another
   * style replaces them all.
   */
  abstract displayFields(fields: F, print: MeetingPrint): DataFields;

  /** Fields from any JSON or HTML source, old or new, with defaults for anything missing. */
  normalizeFields(raw: unknown): F {
    return blockFieldsOf(this.blockDefinition(), raw);
  }

  getFields(): F {
    return this.getLatest().__fields;
  }

  setFields(patch: Partial<F>): this {
    const self = this.getWritable();
    self.__fields = { ...self.__fields, ...patch };
    return self;
  }

  private allDataFields(fields: F, print: MeetingPrint): DataFields {
    return { ...this.displayFields(fields, print), 'block-fields': JSON.stringify(fields) };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    return createBlockElement(this.blockTag(), this.blockClass(), this.displayFields(this.__fields, meetingPrintOfTheme(config.theme)));
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    const print = meetingPrintOfTheme(config.theme);
    if (prevNode.__fields !== this.__fields) patchDataFields(dom, this.displayFields(prevNode.__fields, print), this.displayFields(this.__fields, print));
    return false;
  }

  /** Draws the leads again in another print context (the meeting's style changed): the document is not touched. */
  redrawLeads(dom: HTMLElement, print: MeetingPrint): void {
    setDataFields(dom, this.displayFields(this.getLatest().__fields, print));
  }

  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    return { element: createBlockElement(this.blockTag(), this.blockClass(), this.allDataFields(this.__fields, meetingPrintOfTheme(editor._config.theme))) };
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedBlockNode<F>>): this {
    return super.updateFromJSON(json).setFields(this.normalizeFields(json));
  }

  override exportJSON(): SerializedBlockNode<F> {
    return { ...super.exportJSON(), type: this.getType(), version: 1, ...this.getFields() };
  }

  // Enter at the end of most blocks goes back to ordinary text; blocks with
  // a natural next part (question → response, resolution → resolution) override this.
  override insertNewAfter(_selection?: RangeSelection, restoreSelection = true): ElementNode {
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  override extractWithChild(): boolean {
    return true;
  }
}

/** importDOM for a block: matches its class and rebuilds it from data-block-fields. */
export function blockImportDOM<F extends object>(tag: string, className: string, create: () => BlockNode<F>): DOMConversionMap {
  return {
    [tag]: (element: HTMLElement) =>
      element.classList.contains(className) ? { conversion: (dom: HTMLElement) => convertBlock(dom, create), priority: 2 } : null,
  };
}

function convertBlock<F extends object>(element: HTMLElement, create: () => BlockNode<F>): DOMConversionOutput {
  const node = create();
  let raw: unknown = {};
  try {
    raw = JSON.parse(element.getAttribute('data-block-fields') ?? '{}');
  } catch {
    // Hand-edited or truncated HTML: the block keeps its defaults and its text.
  }
  node.setFields(node.normalizeFields(typeof raw === 'object' && raw !== null ? raw : {}));
  return { node };
}
