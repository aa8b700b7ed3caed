// What the editor's own grouping elements share (an agenda item's section,
// ./AgendaSectionNode.ts; a part of a dozen sections, ./AgendaPartNode.ts):
// containers made for speed, never blocks of the minutes. They are drawn as a
// plain element, never redrawn for a field, never indented, and never copied
// (copied text carries the blocks alone; pasted, they are regrouped where they
// land, ./agenda-grouping.ts).
import { ElementNode } from 'lexical';

export abstract class GroupingNode extends ElementNode {
  /** The element it is drawn as, and its class. */
  protected abstract drawnAs(): { tag: string; className: string };

  override createDOM(): HTMLElement {
    const { tag, className } = this.drawnAs();
    const element = document.createElement(tag);
    element.className = className;
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }

  override excludeFromCopy(): boolean {
    return true;
  }
}
