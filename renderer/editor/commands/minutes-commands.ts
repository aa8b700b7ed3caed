// Every block and action the clerk can reach from the keyboard, in one list:
// the slash menu, the shortcuts and the shortcut sheet are all built from it.
import { $createTextNode, $getRoot, $getSelection, $isRangeSelection, type LexicalNode } from 'lexical';
import { actionSteps } from '../../../core/blocks/action-block';
import type { ApologyFields } from '../../../core/blocks/apology-block';
import { declarationSteps } from '../../../core/blocks/declaration-block';
import { closingSteps } from '../../../core/blocks/meeting-close-block';
import { movedSteps } from '../../../core/blocks/motion-block';
import { personStep, type PromptStep } from '../../../core/blocks/prompt-step';
import { applicationSteps, decisionSteps, speakerSteps, titleNamesApplication } from '../../../core/blocks/planning-application-block';
import { questionSteps } from '../../../core/blocks/question-block';
import { withdrawalSteps } from '../../../core/blocks/withdrawal-block';
import { voteBlock, voteSteps } from '../../../core/blocks/vote-block';
import { standingKindByTitle } from '../../../core/checks/empty-item-message';
import { printsStartTime } from '../../../core/house-style/house-style-wording';
import { readHouseStyleOfMeeting } from '../../../core/house-style/meeting-house-style';
import { apologiesFromAttendance } from '../../../core/minutes/apologies';
import { readMinutes } from '../../../core/minutes/read-minutes';
import { meetingStartTime, personDisplayName } from '../../../core/minutes/meeting-context';
import { eligibleVoters } from '../../../core/minutes/vote-result';
import type { Meeting } from '../../../core/model/meeting';
import { clockOf } from '../../../core/text/parse-clerk-input';
import { formatUkTime } from '../../../core/text/uk-format';
import { $createAgendaItemNode, $isAgendaItemNode } from '../nodes/AgendaItemNode';
import { $createActionNode } from '../nodes/ActionNode';
import { $createApologyNode } from '../nodes/ApologyNode';
import { $createDeclarationNode, $isDeclarationNode } from '../nodes/DeclarationNode';
import { $createMeetingCloseNode } from '../nodes/MeetingCloseNode';
import { $createMotionNode } from '../nodes/MotionNode';
import { $createPlanningApplicationNode, $isPlanningApplicationNode } from '../nodes/PlanningApplicationNode';
import { $createQuestionNode } from '../nodes/QuestionNode';
import { $createStatementNode } from '../nodes/StatementNode';
import { houseStyleOfTheme } from '../minutes-theme';
import { noneWording } from '../../../core/house-style/house-style-wording';
import { $createVoteNode } from '../nodes/VoteNode';
import { $createWithdrawalNode } from '../nodes/WithdrawalNode';
import { $goToSiblingItem, $moveAgendaItem, $currentAgendaItem, $sectionOf } from '../outline/agenda-sections';
import { OPEN_FIELD_PROMPT_COMMAND } from '../prompt/prompt-types';
import { readMinutesState } from '../read-minutes-state';
import { $insertCabinetDecision } from './cabinet-decision';
import { $caretInto, $currentBlock, $placeBlock } from './insert-block';
import { $insertAmendment, $placeAsResolution, $putTheQuestion } from './motion-parts';
import { OPEN_COMMITTEE_WORDING_COMMAND } from './open-wording-command';
import type { CommandContext, MinutesCommand } from './command-types';
import { insertResolutions, switchResolutionsStyle } from './resolution-commands';
import { itemCommands } from './item-commands';
import { withRepeat } from './repeat-command';
import { snippetCommands } from './snippet-commands';
import { convertToAction, $editFieldsSteps, $toggleUrgent, exemptPrompt, inResponsePrompt } from './edit-commands';

/**
 * Inserts a block in one history step, then asks for its fields (if any).
 * Everything happens inside the update: commands often run from a key
 * handler that is itself inside an update, where a nested update is deferred.
 */
function insertWithPrompt<F extends object>(
  context: CommandContext,
  create: () => LexicalNode,
  takesText: boolean,
  steps?: () => PromptStep<F>[],
  place: (node: LexicalNode) => LexicalNode = $placeBlock,
) {
  context.editor.update(() => {
    const node = place(create());
    $caretInto(node, takesText);
    const questions = steps?.();
    if (questions && questions.length > 0) context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, { targetKey: node.getKey(), steps: questions });
  });
}

/** The planning decision (Ctrl+Alt+G, and after the vote in a planning item): in place of the empty resolution the vote left. */
function planningDecision(context: CommandContext): void {
  insertWithPrompt(
    context,
    () => $createPlanningApplicationNode({ part: 'decision' }),
    true,
    () => decisionSteps({ decision: 'none' }),
    $placeAsResolution,
  );
}

/** An item about one planning application: its title names one by reference, or an application is recorded in it. */
function $inPlanningApplicationItem(): boolean {
  const item = $currentAgendaItem();
  if (!item) return false;
  return (
    titleNamesApplication(item.getTextContent()) || $sectionOf(item).some((node) => $isPlanningApplicationNode(node) && node.getFields().part === 'application')
  );
}

/**
 * Putting the question; in a planning application item the committee's decision on it is asked straight after the
 * counts, as the next question of the same prompt (what a planning vote decides), so no Ctrl+Alt+G is needed.
 */
function putTheQuestion(context: CommandContext, named: boolean): void {
  context.editor.update(() => $putTheQuestion(context, named, $inPlanningApplicationItem() ? () => planningDecision(context) : undefined));
}

type StatementKind = NonNullable<Parameters<typeof $createStatementNode>[0]>;

function insertStatement(context: CommandContext, kind: StatementKind): void {
  context.editor.update(() => {
    // The words the minutes will print: the meeting's house style's ("Nil."), else the app's; both read as the statement.
    const node = $placeBlock($createStatementNode(kind, noneWording(houseStyleOfTheme(context.editor._config.theme), kind)), 'always-new');
    node.selectEnd();
  });
}

/**
 * Shift+F9: the "none" line of the standing item the caret is in (by its title, as Checks tells them apart), in the
 * house style's words. Refused, with why, under an item of business (only the clerk knows what happened there) and
 * under apologies when the register has some (the line would be false: Ctrl+Alt+Y lists them).
 */
function insertNothingToReport(context: CommandContext): void {
  const { title, kind, key } = context.editor.getEditorState().read(() => {
    const itemTitle = $currentAgendaItem()?.getTextContent() ?? '';
    return { title: itemTitle, kind: standingKindByTitle(itemTitle), key: ($currentBlock() ?? $getRoot()).getKey() };
  });
  const refusal =
    kind === null
      ? `“${title || 'This part of the minutes'}” is not a standing item with a “none” line (apologies, declarations, public or member questions, urgent business): type what happened.`
      : kind === 'no-apologies' && apologiesFromAttendance(context.meeting).length > 0
        ? 'The register has apologies from members, so “none” would be wrong: Ctrl+Alt+Y lists them.'
        : null;
  if (refusal === null) return insertStatement(context, kind!);
  // Said in the field prompt, where the clerk's eyes already are; Enter or Escape closes it and nothing is inserted.
  context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, {
    targetKey: key,
    steps: [{ label: refusal, options: [{ value: 'ok', label: 'OK' }], toPatch: () => ({}) }],
    onComplete: () => {},
  });
}

function statement(id: string, title: string, kind: StatementKind, shortcut: string | null): MinutesCommand {
  return { id, title, keywords: 'none nil no standard', shortcut, run: (context) => insertStatement(context, kind) };
}

export function minutesCommands(meeting: Meeting): MinutesCommand[] {
  return withRepeat([
    {
      id: 'agenda-item',
      title: 'Agenda item',
      keywords: 'heading minute title item',
      shortcut: 'Ctrl+Alt+I',
      run: (context) =>
        insertWithPrompt(
          context,
          () => $createAgendaItemNode(),
          true,
          undefined,
          (node) => $placeBlock(node, 'take-line'),
        ),
    },
    {
      id: 'apologies',
      title: 'Apologies for absence (from the attendance roll; none if it has none)',
      keywords: 'apologies absence absent attendance',
      shortcut: 'Ctrl+Alt+Y',
      run: (context) => insertApologies(context),
    },
    statement('no-apologies', 'There were no apologies for absence', 'no-apologies', 'Ctrl+Alt+Shift+Y'),
    {
      id: 'declaration',
      title: 'Declaration of interest',
      keywords: 'interest declare personal prejudicial pecuniary dpi',
      shortcut: 'Ctrl+Alt+D',
      run: (context) =>
        insertWithPrompt(
          context,
          () => $createDeclarationNode(),
          true,
          () => declarationSteps(roster(context), context.outline(), { memberName: '', kind: 'personal', itemId: $likelyDeclaredItem() }),
        ),
    },
    statement('no-declarations', 'There were no declarations', 'no-declarations', 'Ctrl+Alt+Shift+D'),
    {
      id: 'nothing-to-report',
      title: 'Nothing under this standing item: its “none” line in the house style’s words (apologies, declarations, questions, urgent business)',
      keywords: 'none nil nothing to report standard line',
      // One key for whichever standing item the caret is in, beside the Ctrl+Alt+Shift chords that name each.
      shortcut: 'Shift+F9',
      run: (context) => insertNothingToReport(context),
    },
    {
      id: 'withdrawal',
      title: 'Member withdrew for this item (left the room and returned)',
      keywords: 'withdrew withdrawal left room returned interest prejudicial pecuniary',
      shortcut: 'Ctrl+Alt+W',
      run: (context) => {
        const declared = declaredLeaving(context);
        insertWithPrompt(
          context,
          () => $createWithdrawalNode(),
          true,
          () => withdrawalSteps(roster(context), declared, { memberName: '', returned: true }),
        );
      },
    },
    {
      id: 'public-question',
      title: 'Public question',
      keywords: 'question public ask response answer',
      shortcut: 'Ctrl+Alt+Q',
      run: (context) =>
        insertWithPrompt(
          context,
          () => $createQuestionNode({ audience: 'public' }),
          true,
          () => questionSteps(roster(context), { askedByName: '', respondentName: '' }),
        ),
    },
    statement('no-public-questions', 'There were no public questions', 'no-public-questions', 'Ctrl+Alt+Shift+Q'),
    {
      id: 'member-question',
      title: 'Member question',
      keywords: 'question member councillor ask response answer',
      shortcut: 'Ctrl+Alt+M',
      run: (context) =>
        insertWithPrompt(
          context,
          () => $createQuestionNode({ audience: 'member' }),
          true,
          () => questionSteps(roster(context), { askedByName: '', respondentName: '' }),
        ),
    },
    statement('no-member-questions', 'There were no member questions', 'no-member-questions', 'Ctrl+Alt+Shift+M'),
    {
      id: 'resolutions',
      title: 'It was agreed (resolutions)',
      keywords: 'agreed resolved resolution decision numbered',
      shortcut: 'Ctrl+Alt+A',
      // One key for the block nearly every item ends with, as F8 is for the next item.
      alternativeShortcut: 'F9',
      run: (context) => insertResolutions(context),
    },
    {
      id: 'resolutions-style',
      title: 'Resolutions as bullet points or numbers (switch)',
      keywords: 'agreed resolved resolution bullet bulleted points numbered numbers dots',
      shortcut: 'Ctrl+Alt+Shift+A',
      run: (context) => switchResolutionsStyle(context),
    },
    {
      id: 'cabinet-decision',
      title: 'Cabinet decision',
      keywords: 'decision reasons options rejected executive',
      shortcut: 'Ctrl+Alt+C',
      run: (context) => context.editor.update(() => $insertCabinetDecision()),
    },
    {
      id: 'vote',
      title: 'Vote',
      keywords: 'vote motion mover seconder for against abstain carried lost',
      shortcut: 'Ctrl+Alt+V',
      run: (context) =>
        insertWithPrompt(
          context,
          () => $createVoteNode(),
          true,
          () => voteSteps(roster(context), voteBlock.fields.parse({}), null, context.meeting.attendance),
        ),
    },
    {
      id: 'recorded-vote',
      title: 'Recorded (named) vote',
      keywords: 'vote named recorded roll call each member for against abstain',
      shortcut: 'Ctrl+Alt+Shift+V',
      run: (context) =>
        insertWithPrompt(
          context,
          () => $createVoteNode({ recorded: [] }),
          true,
          () =>
            voteSteps(
              roster(context),
              voteBlock.fields.parse({ recorded: [] }),
              eligibleVoters(roster(context), context.meeting.attendance),
              context.meeting.attendance,
            ),
        ),
    },
    {
      id: 'motion',
      title: 'Motion (moved and seconded)',
      keywords: 'motion moved proposed seconded mover seconder',
      shortcut: 'Ctrl+Alt+O',
      run: (context) =>
        insertWithPrompt(
          context,
          () => $createMotionNode({ part: 'motion' }),
          true,
          () => movedSteps(roster(context), context.meeting.attendance),
        ),
    },
    {
      id: 'amendment',
      title: 'Amendment to the motion',
      keywords: 'amendment amend motion moved seconded',
      shortcut: 'Ctrl+Alt+Shift+O',
      run: (context) =>
        context.editor.update(() => {
          const amendment = $insertAmendment();
          context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, {
            targetKey: amendment.getKey(),
            steps: movedSteps(roster(context), context.meeting.attendance),
          });
        }),
    },
    {
      id: 'put-the-question',
      title: 'Vote on the motion or amendment (moved here if none is yet), then its resolution (in a planning application item, the decision)',
      keywords: 'vote motion amendment put question counted for against casting resolved resolution',
      shortcut: 'Ctrl+Alt+B',
      run: (context) => putTheQuestion(context, false),
    },
    {
      id: 'put-the-question-named',
      title: 'Recorded (named) vote on the motion or amendment, then its resolution',
      keywords: 'vote named recorded motion amendment roll call',
      shortcut: 'Ctrl+Alt+Shift+B',
      run: (context) => putTheQuestion(context, true),
    },
    {
      id: 'planning-application',
      title: 'Planning application (reference, site, proposal)',
      keywords: 'planning application reference site proposal applicant ward recommendation officer',
      shortcut: 'Ctrl+Alt+Shift+P',
      run: (context) =>
        insertWithPrompt(
          context,
          () => $createPlanningApplicationNode({ part: 'application' }),
          true,
          () => applicationSteps({ reference: '', site: '', applicant: '', ward: '' }),
        ),
    },
    {
      id: 'planning-speaker',
      title: 'Planning: speaker (objector, supporter, ward member…)',
      keywords: 'planning speaker objector supporter ward member applicant agent addressed committee',
      shortcut: 'Ctrl+Alt+K',
      run: (context) =>
        insertWithPrompt(
          context,
          () => $createPlanningApplicationNode({ part: 'speaker' }),
          true,
          () => speakerSteps(roster(context), { speakerName: '' }),
        ),
    },
    {
      id: 'planning-decision',
      title: 'Planning: decision (approved, refused, deferred) with conditions or reasons',
      keywords: 'planning decision approved refused deferred conditions reasons refusal legal agreement',
      shortcut: 'Ctrl+Alt+G',
      run: (context) => planningDecision(context),
    },
    {
      id: 'action',
      title: 'Action',
      keywords: 'action task todo owner due',
      shortcut: 'Ctrl+Alt+T',
      run: (context) =>
        insertWithPrompt(
          context,
          () => $createActionNode(),
          true,
          () => actionSteps(roster(context), { ownerName: '', due: null }),
        ),
    },
    {
      id: 'in-response',
      title: 'In response to … question, … explained that',
      keywords: 'response question explained discussion answer',
      shortcut: 'Ctrl+Alt+R',
      run: (context) => inResponsePrompt(context),
    },
    {
      id: 'convert-to-action',
      title: 'Turn this paragraph into an action',
      keywords: 'agreed to provide action owner',
      shortcut: 'Ctrl+Alt+Shift+T',
      run: (context) => convertToAction(context),
    },
    statement('no-urgent-business', 'There was no urgent business', 'no-urgent-business', 'Ctrl+Alt+Shift+U'),
    {
      id: 'urgent',
      title: 'Mark this item as urgent business',
      keywords: 'urgent business',
      shortcut: 'Ctrl+Alt+U',
      run: (context) => context.editor.update(() => $toggleUrgent()),
    },
    {
      id: 'exempt',
      title: 'Mark this item exempt (press and public excluded)',
      keywords: 'exempt confidential private schedule 12a excluded',
      shortcut: 'Ctrl+Alt+X',
      run: (context) => exemptPrompt(context),
    },
    {
      id: 'close',
      title: 'Close of the meeting (the time it ended; the chair and start as recorded)',
      keywords: 'close end signature chair started ended times',
      shortcut: 'Ctrl+Alt+E',
      run: (context) => {
        const chair = roster(context).find((person) => person.role === 'chair');
        const chairName = chair ? personDisplayName(chair) : '';
        const endedAt = clockOf(context.now());
        const startedAt = meetingStartTime(context.meeting);
        insertWithPrompt(
          context,
          () => $createMeetingCloseNode({ chairId: chair?.id ?? null, chairName, startedAt, endedAt }),
          false,
          () =>
            closingSteps(
              roster(context),
              context.meeting.attendance,
              { chairId: chair?.id ?? null, chairName, startedAt, endedAt },
              startPrinted(context.meeting),
            ),
        );
      },
    },
    {
      id: 'edit-fields',
      title: 'Edit this block’s details',
      keywords: 'edit fields member kind counts details',
      shortcut: 'Ctrl+Alt+F',
      run: (context) => {
        const request = context.editor.getEditorState().read(() => $editFieldsSteps(context));
        if (request) context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, request);
      },
    },
    {
      id: 'next-item',
      title: 'Go to the next agenda item',
      keywords: 'next item jump',
      // One key for the commonest move in a meeting (a desktop app's function keys move between places: Word's F5, F6).
      shortcut: 'F8',
      leavesTextAlone: true,
      alternativeShortcut: 'Ctrl+Alt+N',
      run: (context) => context.editor.update(() => void $goToSiblingItem('next', { freshLine: !context.textLocked() })),
    },
    {
      id: 'previous-item',
      title: 'Go to the previous agenda item',
      keywords: 'previous item jump back',
      shortcut: 'Shift+F8',
      leavesTextAlone: true,
      alternativeShortcut: 'Ctrl+Alt+P',
      run: (context) => context.editor.update(() => void $goToSiblingItem('previous', { freshLine: !context.textLocked() })),
    },
    {
      id: 'move-item-up',
      title: 'Move this agenda item up',
      keywords: 'reorder move up',
      shortcut: 'Alt+Shift+ArrowUp',
      run: (context) => context.editor.update(() => void $moveCurrent('up')),
    },
    {
      id: 'move-item-down',
      title: 'Move this agenda item down',
      keywords: 'reorder move down',
      shortcut: 'Alt+Shift+ArrowDown',
      run: (context) => context.editor.update(() => void $moveCurrent('down')),
    },
    ...itemCommands(),
    {
      id: 'stamp-time',
      title: 'Insert the time now',
      keywords: 'time clock now stamp',
      shortcut: 'Ctrl+Alt+S',
      run: (context) =>
        context.editor.update(() => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.insertText(formatUkTime(clockOf(context.now())));
        }),
    },
    {
      id: 'edit-committee-wording',
      title: 'Edit committee wording…',
      keywords: 'snippet wording committee phrases standard text edit add',
      shortcut: null,
      leavesTextAlone: true,
      run: (context) => context.editor.dispatchCommand(OPEN_COMMITTEE_WORDING_COMMAND, undefined),
    },
    ...snippetCommands(meeting),
  ]);
}

function $moveCurrent(direction: 'up' | 'down'): boolean {
  const item = $currentAgendaItem();
  return item ? $moveAgendaItem(item.getKey(), direction) : false;
}

/**
 * One apology per person the roll marks as sending apologies, reasons as editable text; "There were no apologies"
 * when the roll is taken and no one sent any; or, with no roll, one to fill in.
 */
function insertApologies(context: CommandContext): void {
  const entries = apologiesFromAttendance(context.meeting);
  // A register taken with no one sending apologies says so: the standard line, as Ctrl+Alt+Shift+Y gives.
  if (entries.length === 0 && context.meeting.attendance.length > 0) return insertStatement(context, 'no-apologies');
  if (entries.length === 0) {
    insertWithPrompt(
      context,
      () => $createApologyNode(),
      true,
      () => [personStep<ApologyFields>('Apologies from', { id: 'personId', name: 'name' }, roster(context))],
    );
    return;
  }
  context.editor.update(() => {
    let previous: LexicalNode | null = null;
    for (const entry of entries) {
      const node = $createApologyNode({ personId: entry.personId, name: entry.name });
      if (entry.reason) node.append($createTextNode(entry.reason));
      if (previous) previous.insertAfter(node);
      else $placeBlock(node, 'always-new');
      previous = node;
    }
    previous?.selectEnd();
  });
}

/**
 * The item a new declaration most likely concerns: the one it is made in, unless that is the item where
 * declarations are taken, where it is the item of the declaration just above (members often declare in turn on
 * the same item). Null (the meeting as a whole) when neither says. Inside an update, the new block at the caret.
 */
function $likelyDeclaredItem(): string | null {
  const item = $currentAgendaItem();
  if (!item) return null;
  const { itemId, standing } = item.getFields();
  // The declarations item is told by its standing key, or (typed by the clerk) by its title.
  const declarationsItem = standing === 'declarations' || standingKindByTitle(item.getTextContent()) === 'no-declarations';
  if (!declarationsItem) return itemId || null;
  for (let node = $currentBlock(); node && !$isAgendaItemNode(node); node = node.getPreviousSibling()) {
    if ($isDeclarationNode(node) && node.getFields().itemId) return node.getFields().itemId;
  }
  return null;
}

/** Roster ids of the members whose declarations say they leave the room for the item at the caret: offered first. */
function declaredLeaving(context: CommandContext): string[] {
  const itemId = context.editor.getEditorState().read(() => $currentAgendaItem()?.getFields().itemId ?? null);
  if (!itemId) return [];
  const minutes = readMinutes(readMinutesState(context.editor), context.meeting);
  return [...minutes.preamble, ...minutes.items.flatMap((item) => item.blocks)]
    .flatMap((block) => (block.kind === 'declarations' ? block.entries : []))
    .flatMap((entry) => (entry.leftRoom && entry.itemId === itemId && entry.member.personId ? [entry.member.personId] : []));
}

/** Whether the meeting's house style prints its start; asked as before when the style cannot be read (the checks say why). */
function startPrinted(meeting: Meeting): boolean {
  const style = readHouseStyleOfMeeting(meeting);
  return !style.ok || printsStartTime(style.style);
}

function roster(context: CommandContext) {
  return context.meeting.roster;
}
