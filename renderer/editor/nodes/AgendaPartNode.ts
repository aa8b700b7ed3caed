// A run of agenda sections under one element: the second level of the editor's
// grouping (./AgendaSectionNode.ts is the first). Chromium's per-frame work
// after a keystroke (laying out the root's children again, pre-paint,
// content-visibility's intersection checks) counts the root's children: about
// 160 sections at 160,000 words, where a 10,000-word meeting has ten. With the
// sections in parts of about PART_SIZE, the root has a dozen children at any
// size, and a part out of view is skipped in drawing as one, so a keystroke
// costs the same in a meeting of any length (docs/typing-speed.md). Like the
// sections, parts are the editor's alone: the file and everything outside the
// editor see the flat list of blocks (../section-json.ts).
//
// Parts hold only sections and sit only at the root; ./agenda-grouping.ts keeps
// that with node transforms whatever edit the app makes.
import type { LexicalNode, LexicalUpdateJSON, NodeKey, SerializedElementNode } from 'lexical';
import { GroupingNode } from './GroupingNode';

export const AGENDA_PART_TYPE = 'agenda-part';

/** Sections a part is given as a document opens; a part grown to twice this is split in two. */
export const PART_SIZE = 12;

export class AgendaPartNode extends GroupingNode {
  static override getType(): string {
    return AGENDA_PART_TYPE;
  }

  static override clone(node: AgendaPartNode): AgendaPartNode {
    return new AgendaPartNode(node.__key);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  static override importJSON(json: SerializedElementNode): AgendaPartNode {
    return $createAgendaPartNode().updateFromJSON(json as LexicalUpdateJSON<SerializedElementNode>);
  }

  protected override drawnAs(): { tag: string; className: string } {
    return { tag: 'div', className: 'mb-part' };
  }
}

export function $createAgendaPartNode(): AgendaPartNode {
  return new AgendaPartNode();
}

export function $isAgendaPartNode(node: LexicalNode | null | undefined): node is AgendaPartNode {
  return node instanceof AgendaPartNode;
}
