// The minutes' JSON with and without the editor's agenda sections and parts
// (nodes/AgendaSectionNode.ts, nodes/AgendaPartNode.ts). Everything outside the editor (the saved file,
// the recovery journal, the autosave, core, every export) knows only the flat
// list of blocks: a document is grouped as it goes into the editor and
// flattened whenever it is read out, so the two never mix.
import { AGENDA_PART_TYPE, PART_SIZE } from './nodes/AgendaPartNode';
import { AGENDA_SECTION_TYPE } from './nodes/AgendaSectionNode';

interface SerializedNode {
  type: string;
  version: number;
  children?: unknown;
  [field: string]: unknown;
}

interface SerializedState {
  root: { children: SerializedNode[]; [field: string]: unknown };
}

const AGENDA_ITEM_TYPE = 'agenda-item';
/** The meeting's close ends the last section: it and what follows stay at the root (nodes/AgendaSectionNode.ts). */
const MEETING_CLOSE_TYPE = 'meeting-close';

/** An element's own fields as Lexical writes them, for the sections and parts made here. */
const groupFields = { version: 1, direction: null, format: '', indent: 0 } as const;
const sectionFields = { ...groupFields, type: AGENDA_SECTION_TYPE } as const;

/**
 * The flat blocks grouped: each agenda item heading starts a section holding it and the blocks up to the next heading
 * or the close, and the sections go in parts of PART_SIZE.
 */
export function groupedMinutesJson<S extends SerializedState>(state: S): S {
  const children: SerializedNode[] = [];
  let section: SerializedNode[] | null = null;
  for (const block of flatBlocks(state.root.children)) {
    if (block.type === AGENDA_ITEM_TYPE) {
      section = [block];
      children.push({ ...sectionFields, children: section });
    } else if (block.type === MEETING_CLOSE_TYPE) {
      section = null;
      children.push(block);
    } else if (section) section.push(block);
    else children.push(block);
  }
  return { ...state, root: { ...state.root, children: inParts(children) } };
}

/** The root's children with each run of sections put in parts of PART_SIZE (nodes/AgendaPartNode.ts). */
function inParts(children: SerializedNode[]): SerializedNode[] {
  const parted: SerializedNode[] = [];
  let part: SerializedNode[] | null = null;
  for (const child of children) {
    if (!isSection(child)) {
      part = null;
      parted.push(child);
      continue;
    }
    if (part === null || part.length === PART_SIZE) {
      part = [];
      parted.push({ ...groupFields, type: AGENDA_PART_TYPE, children: part });
    }
    part.push(child);
  }
  return parted;
}

/** The minutes' JSON as the file holds it: every section's blocks in its place, in order. */
export function flatMinutesJson<S extends SerializedState>(state: S): S {
  if (!state.root.children.some((child) => isSection(child) || isPart(child))) return state;
  return { ...state, root: { ...state.root, children: flatBlocks(state.root.children) } };
}

function flatBlocks(children: SerializedNode[]): SerializedNode[] {
  return children.flatMap((child) =>
    isPart(child) ? flatBlocks(child.children as SerializedNode[]) : isSection(child) ? (child.children as SerializedNode[]) : [child],
  );
}

function isSection(node: SerializedNode): boolean {
  return node.type === AGENDA_SECTION_TYPE;
}

function isPart(node: SerializedNode): boolean {
  return node.type === AGENDA_PART_TYPE;
}
