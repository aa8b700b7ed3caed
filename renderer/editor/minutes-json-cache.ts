// The minutes' saved JSON as text, written block by block with each top-level
// block's text kept from the last time: an autosave in a 160,000-word meeting
// re-serialises only the blocks typed in since the last save instead of the
// whole document in one task, which blocked the keystrokes that arrived
// meanwhile (long tasks of 50–120 ms while typing). The text is exactly
// JSON.stringify(editorState.toJSON()) (the unit test compares the two on
// random edits), so the file and the recovery journal do not change. The
// editor's agenda sections are not written: each block is written in its
// place in the flat list ($minutesBlocks), as a document without them would be.
//
// Which kept blocks are still good is known two ways:
// - Following the editor (a writer made with one): Lexical names the nodes each
//   update touched, with every parent of a touched node; the blocks holding
//   them are written again, and nothing else is looked at. A save then costs
//   what was typed since the last one, not the meeting: checking every node of
//   a 160,000-word meeting took a few milliseconds a save, and rebuilding the
//   maps of every block made garbage the page's collector paid for in pauses.
// - Checking every node (the first read, a writer with no editor, and whenever
//   the updates cannot be followed: the state was replaced, as undo does, or a
//   read was left unfinished): a kept block is reused only if every node in it
//   is the very object it was serialised from. Lexical never changes a
//   committed node: an edit clones it (a typed letter clones its text node; an
//   added or removed child clones the parent), so an unchanged set of objects
//   is an unchanged block.
import {
  $exportNodeJSON,
  $getNodeByKey,
  $getRoot,
  $getSlot,
  $getSlotNames,
  $isElementNode,
  $isRootNode,
  $withCompactExport,
  type EditorState,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { $blockOf, $minutesBlocks } from './minutes-block-list';
import { $isAgendaPartNode } from './nodes/AgendaPartNode';
import { $isAgendaSectionNode } from './nodes/AgendaSectionNode';
import { flatMinutesJson } from './section-json';

interface KeptBlock {
  /** Every node of the block, in the order written (the block, its children depth first, then slots). */
  nodes: LexicalNode[];
  json: string;
}

/** The minutes as the autosave sends them block by block (core/storage/minutes-blocks.ts). */
export interface MinutesBlocks {
  /** The root's own fields, its children left empty. */
  root: Record<string, unknown>;
  /** Every block's key, in order (sections flattened): the very array the read before gave, where the order is the same. */
  order: readonly string[];
  /**
   * Each block's JSON text: the very string kept last time where the block is unchanged. The writer's own map, kept up
   * to date in place: good until its next read.
   */
  texts: ReadonlyMap<string, string>;
  /** The blocks this read wrote anew: new, or changed since the read before (every block, for the first read). */
  changed: ReadonlySet<string>;
}

export interface MinutesJsonWriter {
  /** JSON.stringify(state.toJSON()) with the sections flattened, from the kept blocks where they are unchanged. */
  write(state: EditorState): string;
  /** The same minutes as blocks; null for a root with slots (the minutes have none), which only `write` can write. */
  blocks(state: EditorState): MinutesBlocks | null;
  /**
   * blocks(state), read a slice of about `sliceMs` at a time with `pause()` awaited between slices, so a key typed
   * meanwhile waits for one slice, not the whole read. The state is the one given, whatever is committed during the
   * pauses (a committed EditorState never changes); those later edits are the next read's. One read at a time: a read
   * started while another is paused supersedes it, and the older one throws when it resumes.
   */
  blocksInSlices(state: EditorState, pause: () => Promise<void>, sliceMs: number): Promise<MinutesBlocks | null>;
}

/** What the editor's updates have touched since the last read began (see createMinutesJsonWriter). */
interface Touched {
  /** Every node an update marked dirty, with the parents Lexical marks with it. */
  keys: Set<NodeKey>;
  /** Elements changed themselves (not only as a parent): a block added, removed or moved changes its parent's children. */
  elements: Set<NodeKey>;
  /** The updates could not be followed since: every node must be checked. */
  lost: boolean;
}

const untouched = (lost: boolean): Touched => ({ keys: new Set(), elements: new Set(), lost });

/**
 * A writer; given the editor the states come from, it follows the editor's updates (see the top of this file) and a
 * read of the editor's latest state looks only at the blocks they touched.
 */
export function createMinutesJsonWriter(editor?: LexicalEditor): MinutesJsonWriter {
  const kept = new Map<string, KeptBlock>();
  const texts = new Map<string, string>();
  let order: readonly string[] = [];
  /** The state the kept blocks were read from (null: none yet, or a read left unfinished). */
  let keptFrom: EditorState | null = null;
  let touched = untouched(true);
  /** The latest state the editor's updates reached, while they can be followed. */
  let head: EditorState | null = null;
  let reads = 0;

  if (editor) {
    head = editor.getEditorState();
    editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, editorState }) => {
      // An update that does not start from the last one seen cannot be followed.
      if (prevEditorState !== head) touched.lost = true;
      head = editorState;
      for (const key of dirtyLeaves) touched.keys.add(key);
      for (const [key, itself] of dirtyElements) {
        touched.keys.add(key);
        if (itself) touched.elements.add(key);
      }
    });
    // setEditorState swaps in a whole state (undo does, with an older one whose nodes have the keys of today's), and
    // Lexical then names only the root as changed: nothing of it can be followed. Lexical has no event for it.
    const setEditorState = editor.setEditorState.bind(editor);
    editor.setEditorState = (state, options) => {
      touched.lost = true;
      setEditorState(state, options);
    };
  }

  /** The read, yielding between slices of about `sliceMs` (each does at least one block); Infinity: one slice. */
  function* readInSlices(state: EditorState, sliceMs: number): Generator<void, MinutesBlocks | null> {
    const read = ++reads;
    const since = touched;
    touched = untouched(false);
    // Following the updates needs them all, from the state the kept blocks come from to this one.
    const follow = !since.lost && keptFrom !== null && state === head;
    if (state !== head) touched.lost = true; // the updates after `state` are not known
    keptFrom = null; // until this read is finished
    const start = state.read(() => {
      const root = $getRoot();
      if ($getSlotNames(root).length > 0) return null;
      const rootJson = $withCompactExport(false, () => $exportNodeJSON(root)) as Record<string, unknown>;
      if (!follow) return { root: rootJson, ...$allBlocks(), check: true };
      const orderMayChange = [...since.elements].some((key) => {
        const node = $getNodeByKey(key);
        return node === null || $isRootNode(node) || $isAgendaPartNode(node) || $isAgendaSectionNode(node);
      });
      const { blocks, keys } = orderMayChange ? $allBlocks() : { blocks: null, keys: order };
      const toWrite = new Set<NodeKey>();
      for (const key of since.keys) {
        const node = $getNodeByKey(key);
        const block = node === null ? null : $blockOf(node);
        if (block !== null) toWrite.add(block.getKey());
      }
      if (blocks !== null) for (const block of blocks) if (!kept.has(block.getKey())) toWrite.add(block.getKey());
      return { root: rootJson, blocks: [...toWrite].map((key) => $getNodeByKey(key)!), keys, check: false };
    });
    if (start === null) return null;
    const { blocks, keys, check } = start;
    if (keys !== order) {
      // The order changed (or may have): blocks no longer in it are dropped, and an unchanged order keeps its array.
      const present = new Set(keys);
      for (const key of kept.keys()) {
        if (present.has(key)) continue;
        kept.delete(key);
        texts.delete(key);
      }
      if (!sameKeys(keys, order)) order = keys;
    }
    const changed = new Set<string>();
    let at = 0;
    while (at < blocks.length) {
      const until = performance.now() + sliceMs;
      state.read(() =>
        $withCompactExport(false, () => {
          do {
            const block = blocks[at++]!;
            const key = block.getKey();
            const old = kept.get(key);
            if (check && old && $unchanged(block, old.nodes)) continue;
            const fresh = $serialiseBlock(block);
            kept.set(key, fresh);
            // A block touched only as a neighbour (a block put in beside it) writes the same text: not a change.
            if (old?.json === fresh.json) continue;
            texts.set(key, fresh.json);
            changed.add(key);
          } while (at < blocks.length && performance.now() < until);
        }),
      );
      if (at < blocks.length) {
        yield;
        if (read !== reads) throw new Error('The minutes were read again before this read finished.');
      }
    }
    keptFrom = state;
    return { root: start.root, order, texts, changed };
  }
  const blocks = (state: EditorState): MinutesBlocks | null => {
    const reading = readInSlices(state, Infinity);
    for (let step = reading.next(); ; step = reading.next()) if (step.done) return step.value;
  };
  return {
    blocks,
    async blocksInSlices(state, pause, sliceMs) {
      const reading = readInSlices(state, sliceMs);
      for (let step = reading.next(); ; step = reading.next()) {
        if (step.done) return step.value;
        await pause();
      }
    },
    write(state) {
      const minutes = blocks(state);
      // A root with slots is written the long way; the minutes have none.
      if (minutes === null) return JSON.stringify(flatMinutesJson(state.toJSON()));
      const children = minutes.order.map((key) => minutes.texts.get(key)!);
      return `{"root":${objectWithRawField(minutes.root, 'children', `[${children.join(',')}]`)}}`;
    },
  };
}

/** Every block of the minutes, and their keys in order. */
function $allBlocks(): { blocks: LexicalNode[]; keys: string[] } {
  const blocks = $minutesBlocks();
  return { blocks, keys: blocks.map((block) => block.getKey()) };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

/** One node and everything under it, as $exportNodeToJSON in Lexical's EditorState.toJSON writes it. */
function $exportTree(node: LexicalNode, nodes: LexicalNode[]): Record<string, unknown> {
  nodes.push(node);
  const serialised = $exportNodeJSON(node) as Record<string, unknown>;
  if ($isElementNode(node)) {
    const children = serialised.children as unknown[];
    for (const child of node.getChildren()) children.push($exportTree(child, nodes));
  }
  const slotNames = $getSlotNames(node);
  if (slotNames.length > 0) {
    const slots: Record<string, unknown> = {};
    for (const name of slotNames) {
      const slot = $getSlot(node, name as never);
      if (slot === null) throw new Error(`Node ${node.getType()} has slot "${name}" but it resolved to no node.`);
      slots[name] = $exportTree(slot, nodes);
    }
    serialised.$slots = slots;
  }
  return serialised;
}

function $serialiseBlock(block: LexicalNode): KeptBlock {
  const nodes: LexicalNode[] = [];
  const json = JSON.stringify($exportTree(block, nodes));
  return { nodes, json };
}

/**
 * Whether the block's nodes are the same objects as when it was kept: each kept node is still the state's node for its
 * key. That is the whole block unchanged: a node's children, siblings and slots are keys held in the node itself, so
 * a child added, removed or moved changes (clones) its parent, and the objects being the same means the tree is.
 * One map lookup a node, with no walk of the tree: this runs over every node of the meeting on each autosave.
 */
function $unchanged(block: LexicalNode, kept: LexicalNode[]): boolean {
  if (kept[0] !== block) return false;
  for (let index = 1; index < kept.length; index++) {
    const node = kept[index]!;
    if ($getNodeByKey(node.getKey()) !== node) return false;
  }
  return true;
}

/** JSON.stringify(object) with one field's value given as JSON text already written. */
export function objectWithRawField(object: Record<string, unknown>, field: string, raw: string): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(object)) {
    const text = name === field ? raw : (JSON.stringify(value) as string | undefined);
    // As JSON.stringify does: a property whose value has no JSON form (undefined, a function) is left out.
    if (text !== undefined) parts.push(`${JSON.stringify(name)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}
