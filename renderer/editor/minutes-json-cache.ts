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
// A kept block is reused only if every node in it is the very object it was
// serialised from. Lexical never changes a committed node: an edit clones it
// (a typed letter clones its text node; an added or removed child clones the
// parent), so an unchanged set of objects is an unchanged block.
import {
  $exportNodeJSON,
  $getNodeByKey,
  $getRoot,
  $getSlot,
  $getSlotNames,
  $isElementNode,
  $withCompactExport,
  type EditorState,
  type LexicalNode,
} from 'lexical';
import { $minutesBlocks } from './minutes-block-list';
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
  /** Every block's key, in order (sections flattened). */
  order: string[];
  /** Each block's JSON text: the very string kept last time where the block is unchanged. */
  texts: Map<string, string>;
}

export interface MinutesJsonWriter {
  /** JSON.stringify(state.toJSON()) with the sections flattened, from the kept blocks where they are unchanged. */
  write(state: EditorState): string;
  /** The same minutes as blocks; null for a root with slots (the minutes have none), which only `write` can write. */
  blocks(state: EditorState): MinutesBlocks | null;
  /**
   * blocks(state), read a slice of about `sliceMs` at a time with `pause()` awaited between slices, so a key typed
   * meanwhile waits for one slice, not the whole read: checking every node of a 160,000-word meeting for change
   * takes a few milliseconds. The state is the one given, whatever is committed during the pauses (a committed
   * EditorState never changes); those later edits are the next save's.
   */
  blocksInSlices(state: EditorState, pause: () => Promise<void>, sliceMs: number): Promise<MinutesBlocks | null>;
}

export function createMinutesJsonWriter(): MinutesJsonWriter {
  let kept = new Map<string, KeptBlock>();

  /** The read, yielding between slices of about `sliceMs` (each does at least one block); Infinity: one slice. */
  function* readInSlices(state: EditorState, sliceMs: number): Generator<void, MinutesBlocks | null> {
    const start = state.read(() => {
      const root = $getRoot();
      if ($getSlotNames(root).length > 0) return null;
      return { root: $withCompactExport(false, () => $exportNodeJSON(root)) as Record<string, unknown>, blocks: $minutesBlocks() };
    });
    if (start === null) return null;
    const next = new Map<string, KeptBlock>();
    const order: string[] = [];
    const texts = new Map<string, string>();
    let at = 0;
    while (at < start.blocks.length) {
      const until = performance.now() + sliceMs;
      state.read(() =>
        $withCompactExport(false, () => {
          do {
            const block = start.blocks[at++]!;
            const key = block.getKey();
            const old = kept.get(key);
            const reused = old && $unchanged(block, old.nodes) ? old : $serialiseBlock(block);
            next.set(key, reused);
            order.push(key);
            texts.set(key, reused.json);
          } while (at < start.blocks.length && performance.now() < until);
        }),
      );
      if (at < start.blocks.length) yield;
    }
    kept = next;
    return { root: start.root, order, texts };
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
