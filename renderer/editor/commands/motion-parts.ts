// Where a motion's later parts go. A motion's parts print together and in
// order (core/blocks/motion-block.ts), so an amendment (Ctrl+Alt+Shift+O) and
// the resolution started by putting the question (Ctrl+Alt+B) are placed at
// the end of the motion's run, not wherever the caret was in the debate that
// followed: the page shows exactly what the minutes will print. Putting the
// question records the vote on the motion or amendment that has not been
// voted on yet (an amendment is voted on before the motion it amends).
// Must run inside editor.update().
import type { LexicalNode } from 'lexical';
import { votingSteps } from '../../../core/blocks/motion-block';
import { voteCounts, voteSteps } from '../../../core/blocks/vote-block';
import { eligibleVoters } from '../../../core/minutes/vote-result';
import { $isAgendaItemNode } from '../nodes/AgendaItemNode';
import { $createMotionNode, $isMotionNode, type MotionNode } from '../nodes/MotionNode';
import { OPEN_FIELD_PROMPT_COMMAND } from '../prompt/prompt-types';
import type { CommandContext } from './command-types';
import { $caretInto, $currentBlock, $placeBlock } from './insert-block';

/** The parts of the motion nearest above the caret in its item, in order; empty when there is none. */
function $motionRun(from: LexicalNode): MotionNode[] {
  let start: MotionNode | null = null;
  for (let node: LexicalNode | null = from; node && !$isAgendaItemNode(node); node = node.getPreviousSibling()) {
    if ($isMotionNode(node) && node.getFields().part === 'motion') {
      start = node;
      break;
    }
  }
  const run: MotionNode[] = [];
  for (let node: LexicalNode | null = start; $isMotionNode(node) && (node === start || node.getFields().part !== 'motion'); node = node.getNextSibling())
    run.push(node);
  return run;
}

const voted = (node: MotionNode) => {
  const counts = voteCounts(node.getFields());
  return counts.for + counts.against + counts.abstain > 0 || node.getFields().recorded !== null;
};

/** An amendment at the end of the motion's amendments (at the caret when there is no motion, and the checks say so). */
export function $insertAmendment(): MotionNode {
  const current = $currentBlock();
  const run = current ? $motionRun(current) : [];
  const amendment = $createMotionNode({ part: 'amendment' });
  const before = run.filter((part) => part.getFields().part !== 'resolution').at(-1);
  if (before) before.insertAfter(amendment);
  else $placeBlock(amendment, 'always-new');
  $caretInto(amendment, true);
  return amendment;
}

export function $putTheQuestion(context: CommandContext, named: boolean, followUp?: () => void): void {
  const current = $currentBlock();
  const run = current ? $motionRun(current) : [];
  const motion = run[0];
  if (!motion) return $moveAndPutTheQuestion(context, named, followUp);
  const question = run.find((part) => part.getFields().part === 'amendment' && !voted(part)) ?? motion;
  if (named && question.getFields().recorded === null) question.setFields({ recorded: [], for: 0, against: 0, abstain: 0 });
  const roster = context.meeting.roster;
  const steps = votingSteps(roster, question.getFields(), eligibleVoters(roster, context.meeting.attendance));
  if (question !== motion) {
    context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, { targetKey: question.getKey(), steps, returnKey: current!.getKey() });
    return;
  }
  // The resolution follows the motion's run; one already begun is where the clerk carries on.
  const last = run.at(-1)!;
  let resolution = last;
  if (last.getFields().part !== 'resolution') {
    resolution = $createMotionNode({ part: 'resolution' });
    last.insertAfter(resolution);
  }
  $caretInto(resolution, true);
  context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, { targetKey: question.getKey(), steps, returnKey: resolution.getKey(), followUp });
}

/**
 * Putting the question with no motion moved yet (the minutes give only who moved and seconded it, then the vote, as
 * a parish's "PROPOSED … SECONDED … Vote: Four in favour" does): the motion is started at the caret, as Ctrl+Alt+O
 * would, and one prompt asks the mover, the seconder and the vote; its resolution follows.
 */
function $moveAndPutTheQuestion(context: CommandContext, named: boolean, followUp?: () => void): void {
  const motion = $placeBlock($createMotionNode({ part: 'motion', ...(named ? { recorded: [] } : {}) }));
  const resolution = $createMotionNode({ part: 'resolution' });
  motion.insertAfter(resolution);
  $caretInto(resolution, true);
  const roster = context.meeting.roster;
  const fields = motion.getFields();
  const steps = voteSteps(roster, fields, eligibleVoters(roster, context.meeting.attendance), context.meeting.attendance);
  context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, { targetKey: motion.getKey(), steps, returnKey: resolution.getKey(), followUp });
}

/**
 * Where a block that records what a motion resolved goes (a planning decision, Ctrl+Alt+G): in place of the
 * empty resolution that putting the question left at the caret, so it directly follows the motion that carried it.
 */
export function $placeAsResolution<T extends LexicalNode>(node: T): T {
  const current = $currentBlock();
  if ($isMotionNode(current) && current.getFields().part === 'resolution' && current.getTextContentSize() === 0) {
    current.replace(node);
    return node;
  }
  return $placeBlock(node);
}
