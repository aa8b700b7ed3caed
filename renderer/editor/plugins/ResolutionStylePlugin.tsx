// Shows each resolution as its run's heading says: numbered (a CSS counter)
// or a bullet point. The style lives once, on the "It was agreed:" heading;
// this marks the resolutions under it (data-bulleted) so the page matches the
// export. A run with no heading takes the template's style, as the exporters
// do. Runs once a frame at most, and only when resolutions or their headings
// change: typing in ordinary paragraphs never reaches it.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { $isActionNode } from '../nodes/ActionNode';
import { ResolutionNode, $isResolutionNode } from '../nodes/ResolutionNode';
import { ResolutionsHeadingNode, $isResolutionsHeadingNode } from '../nodes/ResolutionsHeadingNode';

export function ResolutionStylePlugin({ bulletedByDefault }: { bulletedByDefault: boolean }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let frame = 0;
    const mark = () => {
      frame = 0;
      const bulletedKeys = editor.getEditorState().read(() => $resolutionStyles(bulletedByDefault));
      for (const [key, bulleted] of bulletedKeys) {
        const element = editor.getElementByKey(key);
        const value = String(bulleted);
        if (element && element.dataset.bulleted !== value) element.dataset.bulleted = value;
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(mark);
    };
    schedule();
    return mergeRegister(
      editor.registerMutationListener(ResolutionNode, schedule, { skipInitialization: true }),
      editor.registerMutationListener(ResolutionsHeadingNode, schedule, { skipInitialization: true }),
      () => cancelAnimationFrame(frame),
    );
  }, [editor, bulletedByDefault]);

  return null;
}

/** Each resolution's key and whether its run is bulleted, in document order; read-minutes joins runs the same way. */
function $resolutionStyles(bulletedByDefault: boolean): Array<[string, boolean]> {
  const out: Array<[string, boolean]> = [];
  let run: boolean | null = null;
  for (const node of $getRoot().getChildren()) {
    if ($isResolutionsHeadingNode(node)) run = node.getFields().style === 'bulleted';
    else if ($isResolutionNode(node)) {
      run ??= bulletedByDefault;
      out.push([node.getKey(), run]);
    } else if (!$isActionNode(node)) run = null;
  }
  return out;
}
