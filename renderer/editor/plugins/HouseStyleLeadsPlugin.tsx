// Keeps the editor's leads in the meeting's house style when the meeting
// changes (another style kept, the roster or the recorded times edited): the
// theme's holder takes the new print context and every block's leads are drawn
// again, without touching the document (nothing to save, nothing to undo).
// Where the style names people in full only the first time, it draws them
// again in document order with one namer whenever blocks change.
// It also marks a standard statement or a resolutions heading whose words are
// not what the minutes will print (the app's "There were no declarations."
// under Gotham's "Nil.", typed before the style was kept), so the page says
// what the export prints in their place.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs, mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getRoot, type Klass, type LexicalEditor } from 'lexical';
import { $minutesBlocks } from '../minutes-block-list';
import { useEffect, useRef } from 'react';
import { noneWording, resolutionsLabelIn } from '../../../core/house-style/house-style-wording';
import { isStandardNoneWording } from '../../../core/house-style/standard-none-wording';
import type { Meeting } from '../../../core/model/meeting';
import { styledNames } from '../../../core/export/styled-names';
import { meetingPrintOf, namesByFirstMention, printHolderOfTheme, type MeetingPrint } from '../minutes-theme';
import { minutesNodes } from '../nodes/minutes-nodes';
import { BlockNode } from '../nodes/BlockNode';
import { $isResolutionsHeadingNode, ResolutionsHeadingNode } from '../nodes/ResolutionsHeadingNode';
import { $isStatementNode, StatementNode } from '../nodes/StatementNode';

type PrintInputs = Pick<Meeting, 'houseStyleId' | 'houseStyle' | 'roster' | 'startedAt' | 'endedAt'>;

export function HouseStyleLeadsPlugin({ meeting }: { meeting: PrintInputs }) {
  const [editor] = useLexicalComposerContext();
  const { houseStyleId, houseStyle, roster, startedAt, endedAt } = meeting;
  const first = useRef(true);

  useEffect(() => {
    const holder = printHolderOfTheme(editor._config.theme);
    // The theme was made from this meeting: the first pass has nothing to redraw.
    if (first.current) {
      first.current = false;
      return;
    }
    if (!holder) return;
    const print = meetingPrintOf({ houseStyleId, houseStyle, roster, startedAt, endedAt });
    holder.set(print);
    editor.getEditorState().read(() => $redrawLeads(editor, print));
  }, [editor, houseStyleId, houseStyle, roster, startedAt, endedAt]);

  useEffect(() => {
    // A style that names people in full only the first time: each block draws its leads on its own (everyone in
    // full), so once a frame after blocks change every lead is drawn again in document order with one namer.
    const holder = printHolderOfTheme(editor._config.theme);
    if (!holder) return;
    let frame = 0;
    const redraw = () => {
      frame = 0;
      if (namesByFirstMention(holder.get().style)) editor.getEditorState().read(() => $redrawLeads(editor, holder.get()));
    };
    const schedule = () => {
      if (!frame && namesByFirstMention(holder.get().style)) frame = requestAnimationFrame(redraw);
    };
    schedule();
    return mergeRegister(
      ...blockKinds.map((kind) => editor.registerMutationListener(kind, schedule, { skipInitialization: true })),
      holder.subscribe(schedule),
      () => cancelAnimationFrame(frame),
    );
  }, [editor]);

  useEffect(() => {
    const holder = printHolderOfTheme(editor._config.theme);
    if (!holder) return;
    const markAll = () => editor.getEditorState().read(() => $markPrintedAs(editor, holder.get(), null));
    markAll();
    return mergeRegister(
      holder.subscribe(markAll),
      editor.registerMutationListener(StatementNode, markAll, { skipInitialization: true }),
      editor.registerMutationListener(ResolutionsHeadingNode, markAll, { skipInitialization: true }),
      // Typing in a statement or a heading changes its words, not the node: only those marked dirty are looked at.
      editor.registerUpdateListener(({ dirtyElements, editorState }) => {
        if (dirtyElements.size === 0 || !holder.get().style) return;
        editorState.read(() => $markPrintedAs(editor, holder.get(), [...dirtyElements.keys()]));
      }),
    );
  }, [editor]);

  return null;
}

const blockKinds = minutesNodes.filter((kind): kind is Klass<BlockNode<object>> => kind.prototype instanceof BlockNode);

/**
 * Draws every block's leads again in `print`, in document order; where the style names people in full only the
 * first time, with one namer for the whole pass, as the export names them.
 */
export function $redrawLeads(editor: LexicalEditor, print: MeetingPrint): void {
  const pass = namesByFirstMention(print.style) ? { ...print, names: styledNames(print.style, print.roster) } : print;
  for (const { node } of $dfs($getRoot())) {
    const element = node instanceof BlockNode ? editor.getElementByKey(node.getKey()) : null;
    if (element) (node as BlockNode<object>).redrawLeads(element, pass);
  }
}

/** Marks (data-printed-as) the statements and resolutions headings among `keys` (all, for null) whose words the minutes print otherwise. */
function $markPrintedAs(editor: LexicalEditor, print: MeetingPrint, keys: string[] | null): void {
  const nodes = keys ? keys.map((key) => $getNodeByKey(key)) : $minutesBlocks();
  for (const node of nodes) {
    if (!$isStatementNode(node) && !$isResolutionsHeadingNode(node)) continue;
    const element = editor.getElementByKey(node.getKey());
    if (!element) continue;
    const words = node.getTextContent().trim();
    let printed: string | null = null;
    if (print.style && $isStatementNode(node)) {
      // Only a statement that still reads as the standard one (the app's words, or another style's typed before this
      // one was kept) is printed in the style's words; other words print as typed.
      const styled = noneWording(print.style, node.getFields().statement);
      if (isStandardNoneWording(print.style, node.getFields().statement, words) && words !== styled) printed = styled;
    } else if (print.style && $isResolutionsHeadingNode(node)) {
      const label = resolutionsLabelIn(print.style, words);
      if (words !== label) printed = label;
    }
    if (printed === null) element.removeAttribute('data-printed-as');
    else if (element.dataset.printedAs !== printed) element.dataset.printedAs = printed;
  }
}
