// What a block shows that depends on the blocks around it, as the export
// prints it: each resolution's marker ("1.", a bullet, or nothing for one
// standing alone in a style that leaves it unnumbered), the motion part the
// style's label over the motion's resolutions follows ("RESOLVED:"), and a
// carried motion that resolved nothing (printed "The motion was carried (…)."
// rather than with the resolution's label). Read in document order, joining
// parts as core/blocks joins them into the minutes' blocks.
import type { LexicalNode } from 'lexical';
import { $minutesBlocks } from '../minutes-block-list';
import { resolutionMarker } from '../../../core/house-style/house-style-wording';
import type { HouseStyle } from '../../../core/house-style/house-style-schema';
import { $isActionNode } from '../nodes/ActionNode';
import { $isMotionNode, type MotionNode } from '../nodes/MotionNode';
import type { DataFields } from '../nodes/node-dom';
import { $isPlanningApplicationNode } from '../nodes/PlanningApplicationNode';
import { $isResolutionNode } from '../nodes/ResolutionNode';
import { $isResolutionsHeadingNode } from '../nodes/ResolutionsHeadingNode';

/** The data-* attributes to set on each block's element (by node key); every key of a kind gets the same names. */
export type PrintedRunMarks = Map<string, DataFields>;

const written = (node: LexicalNode) => node.getTextContent().trim() !== '';

/** The marks for the whole document; `style` null: the app's own (numbered unless bulleted, nothing else marked). */
export function $printedRunMarks(style: HouseStyle | null, bulletedByDefault: boolean): PrintedRunMarks {
  const marks: PrintedRunMarks = new Map();
  const children = $minutesBlocks();
  const markRun = (keys: string[], bulleted: boolean) => {
    const marker = resolutionMarker(style, keys.length, bulleted);
    for (const key of keys) marks.set(key, { bulleted: marker === 'bullet', unnumbered: marker === 'none' });
  };

  // Resolutions under "It was agreed:": a heading starts a run, actions arising sit inside it (resolution-block.ts).
  let run: { bulleted: boolean; keys: string[] } | null = null;
  for (const node of children) {
    if ($isResolutionsHeadingNode(node)) {
      if (run) markRun(run.keys, run.bulleted);
      run = { bulleted: node.getFields().style === 'bulleted', keys: [] };
    } else if ($isResolutionNode(node)) {
      run ??= { bulleted: bulletedByDefault, keys: [] };
      run.keys.push(node.getKey());
    } else if (!$isActionNode(node) && run) {
      markRun(run.keys, run.bulleted);
      run = null;
    }
  }
  if (run) markRun(run.keys, run.bulleted);

  // A motion's parts: a motion part starts one, amendments and resolutions after it join it (motion-block.ts).
  let motion: MotionNode[] = [];
  const markMotion = (next: LexicalNode | null) => {
    if (motion.length === 0) return;
    const resolutions = motion.filter((part) => part.getFields().part === 'resolution');
    if (style)
      markRun(
        resolutions.map((part) => part.getKey()),
        false,
      );
    else for (const part of resolutions) marks.set(part.getKey(), { bulleted: false, unnumbered: false });
    const firstResolution = resolutions[0] ? motion.indexOf(resolutions[0]) : -1;
    // A planning decision straight after the motion is what it resolved (planning-application-block.ts).
    const decides = $isPlanningApplicationNode(next) && next.getFields().part === 'decision';
    const resolves = decides || resolutions.some(written) || (motion[0]!.getFields().part === 'motion' && written(motion[0]!));
    motion.forEach((part, index) => {
      if (part.getFields().part === 'resolution') return;
      marks.set(part.getKey(), { 'before-resolutions': resolves && index === firstResolution - 1 ? true : null, resolves: resolves ? null : false });
    });
    motion = [];
  };
  for (const node of children) {
    if ($isMotionNode(node) && (node.getFields().part !== 'motion' || motion.length === 0)) motion.push(node);
    else {
      markMotion(node);
      if ($isMotionNode(node)) motion.push(node);
    }
  }
  markMotion(null);
  return marks;
}
