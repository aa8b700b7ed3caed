// Every Lexical node the minutes editor knows, in one registry. A node missing
// here cannot be loaded from a file, so custom block nodes are listed here too.
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { ActionNode } from './ActionNode';
import { AgendaItemNode } from './AgendaItemNode';
import { AgendaSectionNode } from './AgendaSectionNode';
import { AgendaPartNode } from './AgendaPartNode';
import { ApologyNode } from './ApologyNode';
import { CabinetDecisionNode } from './CabinetDecisionNode';
import { DeclarationNode } from './DeclarationNode';
import { MeetingCloseNode } from './MeetingCloseNode';
import { MotionNode } from './MotionNode';
import { PlanningApplicationNode } from './PlanningApplicationNode';
import { QuestionNode } from './QuestionNode';
import { ResolutionNode } from './ResolutionNode';
import { ResolutionsHeadingNode } from './ResolutionsHeadingNode';
import { StatementNode } from './StatementNode';
import { VoteNode } from './VoteNode';
import { WithdrawalNode } from './WithdrawalNode';

export const minutesNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  AgendaSectionNode,
  AgendaPartNode,
  AgendaItemNode,
  ApologyNode,
  DeclarationNode,
  StatementNode,
  QuestionNode,
  ResolutionsHeadingNode,
  ResolutionNode,
  CabinetDecisionNode,
  VoteNode,
  MotionNode,
  ActionNode,
  PlanningApplicationNode,
  WithdrawalNode,
  MeetingCloseNode,
];
