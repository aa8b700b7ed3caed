// "It was agreed:" and its resolutions, numbered or as bullet points. The
// template says which a committee uses (wording.resolutionsStyle), and the
// clerk can switch a run the other way when this meeting's minutes differ.
import { resolutionsBulleted, resolutionsHeading } from '../../../core/minutes/meeting-context';
import { $isActionNode } from '../nodes/ActionNode';
import { $createResolutionNode, $isResolutionNode } from '../nodes/ResolutionNode';
import { $createResolutionsHeadingNode, $isResolutionsHeadingNode, type ResolutionsHeadingNode } from '../nodes/ResolutionsHeadingNode';
import { $currentBlock, $placeBlock } from './insert-block';
import type { CommandContext } from './command-types';
import { resolutionsLabelIn } from '../../../core/house-style/house-style-wording';
import { houseStyleOfTheme } from '../minutes-theme';
import { $holdsBlocks } from '../minutes-block-list';

/** The label the minutes will print before the resolutions: the meeting's house style's ("Resolved –"), else the template's. */
function headingWords(context: CommandContext): string {
  return resolutionsLabelIn(houseStyleOfTheme(context.editor._config.theme), resolutionsHeading(context.meeting));
}

/** The template's heading and style, caret in the first resolution; a bulleted run when `bulleted` is given true. */
export function insertResolutions(context: CommandContext): void {
  context.editor.update(() => $insertResolutions(context, resolutionsBulleted(context.meeting)));
}

function $insertResolutions(context: CommandContext, bulleted: boolean): void {
  const heading = $placeBlock($createResolutionsHeadingNode(headingWords(context), bulleted ? 'bulleted' : 'numbered'), 'always-new');
  const first = $createResolutionNode();
  heading.insertAfter(first);
  first.select();
}

/**
 * In a run of resolutions (its heading, a resolution or an action between
 * them): switch the run between numbers and bullet points. Elsewhere: start a
 * run in the style the template does not use, which is why the clerk asked.
 */
export function switchResolutionsStyle(context: CommandContext): void {
  // One update: run from a key handler, a second update would be deferred past this one.
  context.editor.update(() => {
    const heading = $headingOfRun();
    if (heading === undefined) return $insertResolutions(context, !resolutionsBulleted(context.meeting));
    const bulleted = heading ? heading.getFields().style === 'bulleted' : resolutionsBulleted(context.meeting);
    const target = heading ?? $giveRunAHeading(context);
    target?.setFields({ style: bulleted ? 'numbered' : 'bulleted' });
  });
}

/** The heading of the run the caret is in; null for a run typed without one; undefined outside any run. */
function $headingOfRun(): ResolutionsHeadingNode | null | undefined {
  const block = $currentBlock();
  if ($isResolutionsHeadingNode(block)) return block;
  if (!$isResolutionNode(block) && !$isActionNode(block)) return undefined;
  let sawResolution = $isResolutionNode(block);
  for (let node = block.getPreviousSibling(); node; node = node.getPreviousSibling()) {
    if ($isResolutionsHeadingNode(node)) return node;
    if ($isResolutionNode(node)) sawResolution = true;
    else if (!$isActionNode(node)) break;
  }
  return sawResolution ? null : undefined;
}

/** A run typed without a heading gets the template's, so its style has somewhere to live. */
function $giveRunAHeading(context: CommandContext): ResolutionsHeadingNode | null {
  let first = $currentBlock();
  while (first && ($isResolutionNode(first.getPreviousSibling()) || $isActionNode(first.getPreviousSibling()))) first = first.getPreviousSibling();
  if (!first || !$holdsBlocks(first.getParent())) return null;
  const heading = $createResolutionsHeadingNode(headingWords(context), resolutionsBulleted(context.meeting) ? 'bulleted' : 'numbered');
  first.insertBefore(heading);
  return heading;
}
