// An agenda item's blocks grouped under one element: its heading and the blocks
// up to the next heading. The grouping is the editor's alone, for speed: with
// about 160 sections instead of 1,800 blocks (and the sections themselves in
// parts of a dozen, ./AgendaPartNode.ts), Lexical's walks of the root's
// children and Chromium's per-block work on each key (pre-paint, hit testing,
// content-visibility's observations) count a dozen parts, and a section or part
// out of view is skipped in drawing as one (docs/typing-speed.md). The saved
// file, the journal, the autosave and every export see the flat list of blocks
// (../section-json.ts groups and flattens; ../minutes-block-list.ts lists the
// blocks in order and finds the block a node is in).
//
// Not a shadow root, though getTopLevelElement() would then still find the
// block: Lexical treats a shadow root as a wall (a table, a layout column), so
// Backspace, Delete and a selection typed over would no longer join blocks
// across two items, and the arrow keys would stop at an item's edge on a
// "block cursor" (both seen in item-commands.spec.ts). As a plain container
// the blocks edit as they did when flat; the app finds a node's block with
// $blockOf, never getTopLevelElement() (which would give the section).
//
// The invariant is kept by node transforms in ./agenda-grouping.ts (the app's
// editor registers them as it opens a document, ../open-minutes.ts).
import type { LexicalNode, LexicalUpdateJSON, NodeKey, SerializedElementNode } from 'lexical';
import { GroupingNode } from './GroupingNode';

export const AGENDA_SECTION_TYPE = 'agenda-section';

export class AgendaSectionNode extends GroupingNode {
  static override getType(): string {
    return AGENDA_SECTION_TYPE;
  }

  static override clone(node: AgendaSectionNode): AgendaSectionNode {
    return new AgendaSectionNode(node.__key);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  static override importJSON(json: SerializedElementNode): AgendaSectionNode {
    return $createAgendaSectionNode().updateFromJSON(json as LexicalUpdateJSON<SerializedElementNode>);
  }

  protected override drawnAs(): { tag: string; className: string } {
    return { tag: 'section', className: 'mb-section' };
  }
}

export function $createAgendaSectionNode(): AgendaSectionNode {
  return new AgendaSectionNode();
}

export function $isAgendaSectionNode(node: LexicalNode | null | undefined): node is AgendaSectionNode {
  return node instanceof AgendaSectionNode;
}
