// Every block kind the minutes know, in one list: core's reader and the
// editor's field prompt look kinds up here by node type. A kind missing here
// is read as a plain paragraph of its text. (The editor's Lexical classes are
// listed in renderer/editor/nodes/minutes-nodes.ts.)
import { actionBlock } from './action-block';
import { agendaItemBlock } from './agenda-item-block';
import { apologyBlock } from './apology-block';
import type { AnyBlockDefinition } from './block-definition';
import { cabinetDecisionBlock } from './cabinet-decision-block';
import { declarationBlock } from './declaration-block';
import { meetingCloseBlock } from './meeting-close-block';
import { motionBlock } from './motion-block';
import { planningApplicationBlock } from './planning-application-block';
import { questionBlock } from './question-block';
import { resolutionBlock } from './resolution-block';
import { resolutionsHeadingBlock } from './resolutions-heading-block';
import { statementBlock } from './statement-block';
import { voteBlock } from './vote-block';
import { withdrawalBlock } from './withdrawal-block';

export const blockDefinitions: ReadonlyArray<AnyBlockDefinition> = [
  agendaItemBlock.erased,
  apologyBlock.erased,
  declarationBlock.erased,
  statementBlock.erased,
  questionBlock.erased,
  resolutionsHeadingBlock.erased,
  resolutionBlock.erased,
  cabinetDecisionBlock.erased,
  voteBlock.erased,
  motionBlock.erased,
  actionBlock.erased,
  planningApplicationBlock.erased,
  withdrawalBlock.erased,
  meetingCloseBlock.erased,
];

const byType = new Map(blockDefinitions.map((definition) => [definition.type, definition]));

/** The definition of a node type, or undefined for Lexical's own nodes and unknown ones. */
export function blockDefinitionOf(type: string): AnyBlockDefinition | undefined {
  return byType.get(type);
}
