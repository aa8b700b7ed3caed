// The one place the editor's state is read as the minutes' saved JSON. Lexical
// types its JSON for its own nodes; core types it as LexicalState (any node
// with a type and version): the shapes are the same, so the cast lives here
// only, and everything that saves, exports, checks or compares reads through it.
import type { EditorState, LexicalEditor } from 'lexical';
import type { LexicalState } from '../../core/storage/lexical-state';
import { flatMinutesJson } from './section-json';
import { createMinutesJsonWriter, type MinutesBlocks, type MinutesJsonWriter } from './minutes-json-cache';

export function readMinutesState(editor: LexicalEditor): LexicalState {
  return minutesStateOf(editor.getEditorState());
}

export function minutesStateOf(state: EditorState): LexicalState {
  // The editor's agenda sections are its own: the minutes are the flat list of blocks.
  return flatMinutesJson(state.toJSON()) as unknown as LexicalState;
}

const writers = new WeakMap<LexicalEditor, MinutesJsonWriter>();

/** How long one slice of the autosave's read may run before it lets the page handle a key (see blocksInSlices). */
const AUTOSAVE_READ_SLICE_MS = 1;

/**
 * The minutes as blocks (see core/storage/minutes-blocks.ts), each block's text kept since the last call where it is
 * unchanged: what the autosave sends, so a save costs what was typed since the last one, not the meeting. With
 * `pause`, read a slice at a time, awaiting it between slices (the autosave while the clerk types); without, at once
 * (a window closing).
 */
export async function readMinutesBlocks(editor: LexicalEditor, pause?: () => Promise<void>): Promise<MinutesBlocks> {
  let writer = writers.get(editor);
  if (!writer) {
    writer = createMinutesJsonWriter(editor);
    writers.set(editor, writer);
  }
  const state = editor.getEditorState();
  const blocks = pause ? await writer.blocksInSlices(state, pause, AUTOSAVE_READ_SLICE_MS) : writer.blocks(state);
  if (blocks === null) throw new Error('The minutes’ root has slots, which the autosave cannot send block by block.');
  return blocks;
}
