// The editable minutes: rich text with history, lists, the structured minute
// blocks and the keyboard-first entry plugins. Lives inside the workspace's
// LexicalComposer; the meeting supplies roster, numbering and wording.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { resolutionsBulleted, rosterInTheRoomFirst } from '../../core/minutes/meeting-context';
import { createEmptyMeeting, type Meeting } from '../../core/model/meeting';
import type { CommandContext } from './commands/command-types';
import { minutesCommands } from './commands/minutes-commands';
import { $readOutline } from './outline/agenda-sections';
import { ChangeTrackerPlugin } from './plugins/ChangeTrackerPlugin';
import { HeadingDeletionPlugin } from './plugins/HeadingDeletionPlugin';
import { ItemQuestionPlugin } from './plugins/ItemQuestionPlugin';
import { MinuteNumberingPlugin } from './plugins/MinuteNumberingPlugin';
import { NameCompletionPlugin } from './plugins/NameCompletionPlugin';
import { PastedIdentityPlugin } from './plugins/PastedIdentityPlugin';
import { ResolutionStylePlugin } from './plugins/ResolutionStylePlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { SlashMenuPlugin } from './plugins/SlashMenuPlugin';
import { StaleSelectionPlugin } from './plugins/StaleSelectionPlugin';
import { FieldPromptPlugin } from './prompt/FieldPromptPlugin';
import { isTextLocked } from './text-lock';
import { useAssistiveTechnologyRunning } from './use-assistive-technology';
import { useSpellingWords } from './use-spelling-words';
import './entry-ui.css';
import './minutes-blocks.css';

const noMeeting = createEmptyMeeting();

export function MinutesEditor({ onChange, meeting = noMeeting }: { onChange: () => void; meeting?: Meeting }) {
  const [editor] = useLexicalComposerContext();
  const scheme = useMemo(() => meeting.numbering, [meeting]);
  // Name completion offers the people in the room first.
  const roster = useMemo(() => rosterInTheRoomFirst(meeting), [meeting]);
  const commands = useMemo(() => minutesCommands(meeting), [meeting]);
  useSpellingWords(meeting);
  // Off-screen blocks are skipped in drawing only with no screen reader running: they leave the accessibility tree.
  const skipOffscreen = !useAssistiveTechnologyRunning();
  // Commands read the meeting when they run, so a roster edit needs no re-registration.
  const meetingRef = useRef(meeting);
  useEffect(() => {
    meetingRef.current = meeting;
  }, [meeting]);
  // The outline is read from the text when a command asks, not from the outline store, which catches up
  // a frame later: an item typed just before Ctrl+Alt+D must already be offered as the item it concerns.
  const context = useCallback(
    (): CommandContext => ({
      editor,
      meeting: meetingRef.current,
      outline: () => editor.getEditorState().read(() => $readOutline(meetingRef.current.numbering)),
      now: () => new Date(),
      textLocked: () => isTextLocked(editor),
    }),
    [editor],
  );

  return (
    <>
      <div className="mb-editor-frame">
        <RichTextPlugin
          contentEditable={<ContentEditable className="mb-editor" aria-label="Minutes" spellCheck data-skip-offscreen={skipOffscreen ? 'true' : undefined} />}
          placeholder={<div className="mb-placeholder">Start typing the minutes… (type / for blocks, Ctrl+/ for shortcuts)</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <StaleSelectionPlugin />
      <HistoryPlugin />
      <ChangeTrackerPlugin onChange={onChange} />
      <MinuteNumberingPlugin scheme={scheme} />
      <ResolutionStylePlugin bulletedByDefault={resolutionsBulleted(meeting)} />
      <PastedIdentityPlugin />
      <FieldPromptPlugin />
      <ItemQuestionPlugin scheme={scheme} />
      <HeadingDeletionPlugin />
      <SlashMenuPlugin commands={commands} context={context} />
      <ShortcutsPlugin commands={commands} context={context} />
      <NameCompletionPlugin roster={roster} />
    </>
  );
}
