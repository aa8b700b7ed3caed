// Shows each resolution as the minutes will print it: numbered (a CSS
// counter), a bullet point, or (one standing alone, in a house style that
// leaves it unnumbered) nothing; and, around a motion, the style's label over
// its resolutions and what it prints for a carried motion that resolved
// nothing (printed-runs.ts). The run's style lives once, on the "It was
// agreed:" heading; a run with no heading takes the template's style, as the
// exporters do. Runs once a frame at most, and only when the blocks it marks
// change or the meeting's style does: typing in ordinary paragraphs never
// reaches it.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey } from 'lexical';
import { useEffect } from 'react';
import { meetingPrintOfTheme, printHolderOfTheme } from '../minutes-theme';
import { ActionNode } from '../nodes/ActionNode';
import { $isMotionNode, MotionNode } from '../nodes/MotionNode';
import { setDataFields } from '../nodes/node-dom';
import { PlanningApplicationNode } from '../nodes/PlanningApplicationNode';
import { ResolutionNode } from '../nodes/ResolutionNode';
import { ResolutionsHeadingNode } from '../nodes/ResolutionsHeadingNode';
import { $printedRunMarks } from './printed-runs';

export function ResolutionStylePlugin({ bulletedByDefault }: { bulletedByDefault: boolean }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let frame = 0;
    const mark = () => {
      frame = 0;
      const style = meetingPrintOfTheme(editor._config.theme).style;
      const marks = editor.getEditorState().read(() => $printedRunMarks(style, bulletedByDefault));
      for (const [key, fields] of marks) {
        const element = editor.getElementByKey(key);
        if (element) setDataFields(element, fields);
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(mark);
    };
    schedule();
    const onChange = { skipInitialization: true };
    return mergeRegister(
      ...[ResolutionNode, ResolutionsHeadingNode, MotionNode, ActionNode, PlanningApplicationNode].map((klass) =>
        editor.registerMutationListener(klass, schedule, onChange),
      ),
      // A motion's words typed or cleared change whether it resolved anything; typing changes its text, not the node.
      editor.registerUpdateListener(({ dirtyElements, editorState }) => {
        if (dirtyElements.size > 0 && editorState.read(() => [...dirtyElements.keys()].some((key) => $isMotionNode($getNodeByKey(key))))) schedule();
      }),
      printHolderOfTheme(editor._config.theme)?.subscribe(schedule) ?? (() => undefined),
      () => cancelAnimationFrame(frame),
    );
  }, [editor, bulletedByDefault]);

  return null;
}
