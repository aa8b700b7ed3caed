// Finds comments' and suggestions' words in the text as it stands, once per
// state of the editor: the page's marks and the Review panel's lists ask for
// the same anchors, and an anchor whose words are gone costs a loose search of
// the whole text (tens of milliseconds in long minutes), so a reply or a
// resolve, which changes the review but not the text, searches nothing again.
import type { EditorState, LexicalEditor } from 'lexical';
import { reviewBlocks, type ReviewBlock } from '../../core/review/block-text';
import type { TextAnchor } from '../../core/review/review-schema';
import { resolveAnchor, type ResolvedAnchor } from '../../core/review/text-anchor';
import type { LexicalState } from '../../core/storage/lexical-state';
import { minutesStateOf } from '../editor/read-minutes-state';

export type AnchorPlacer = (anchor: TextAnchor) => ResolvedAnchor | null;

/** A placer over one version of the text (read only when first asked); each anchor is looked for once. */
export function placerFor(content: LexicalState | (() => LexicalState)): AnchorPlacer {
  let blocks: ReviewBlock[] | null = null;
  const placed = new Map<string, ResolvedAnchor | null>();
  return (anchor) => {
    const key = JSON.stringify(anchor);
    if (!placed.has(key)) {
      blocks ??= reviewBlocks(typeof content === 'function' ? content() : content);
      placed.set(key, resolveAnchor(blocks, anchor));
    }
    return placed.get(key) ?? null;
  };
}

const placers = new WeakMap<EditorState, AnchorPlacer>();

/** The placer for the editor's current text (editor states are immutable, so it stays right for that state). */
export function editorPlacer(editor: LexicalEditor): AnchorPlacer {
  const state = editor.getEditorState();
  let placer = placers.get(state);
  if (!placer) {
    placer = placerFor(() => minutesStateOf(state));
    placers.set(state, placer);
  }
  return placer;
}
