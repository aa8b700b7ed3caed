// Ctrl+Alt+C, the cabinet decision. The Cabinet template ends every business
// item with empty Decision / Reasons for the decision / Other options parts;
// a clerk who types the discussion and then presses Ctrl+Alt+C must not get a
// second set, leaving the template's to print as three empty headings.
import type { LexicalNode } from 'lexical';
import { cabinetParts } from '../../../core/minutes/block-wording';
import { $isAgendaItemNode } from '../nodes/AgendaItemNode';
import { $createCabinetDecisionNode, $isCabinetDecisionNode, type CabinetDecisionNode } from '../nodes/CabinetDecisionNode';
import { $caretInto, $currentBlock, $placeBlock } from './insert-block';

/** The untouched Decision, Reasons, Other options run waiting later in the caret's item, or null. */
function $waitingParts(from: LexicalNode): CabinetDecisionNode[] | null {
  for (let next = from.getNextSibling(); next && !$isAgendaItemNode(next); next = next.getNextSibling()) {
    if (!$isCabinetDecisionNode(next)) continue;
    const run: CabinetDecisionNode[] = [];
    for (let part: LexicalNode | null = next; run.length < cabinetParts.length && $isCabinetDecisionNode(part); part = part.getNextSibling()) run.push(part);
    const untouched =
      run.length === cabinetParts.length && run.every((part, index) => part.getFields().part === cabinetParts[index] && part.getTextContentSize() === 0);
    return untouched ? run : null;
  }
  return null;
}

/** Starts the decision at the caret (taking a typed paragraph's words), in place of any untouched one below. */
export function $insertCabinetDecision(): void {
  const current = $currentBlock();
  // Already in an empty Decision part (the template's, arrowed into): that is where the decision goes.
  if ($isCabinetDecisionNode(current) && current.getFields().part === 'decision' && current.getTextContentSize() === 0) {
    current.selectEnd();
    return;
  }
  if (current) $waitingParts(current)?.forEach((part) => part.remove());
  const node = $placeBlock($createCabinetDecisionNode('decision'));
  $caretInto(node, true);
}
