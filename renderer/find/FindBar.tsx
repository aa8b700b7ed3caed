// Find (Ctrl+F) and Find and replace (Ctrl+H) in the open minutes, keyboard
// first: Enter / Shift+Enter (or F3 / Shift+F3) move through the matches,
// Enter in "Replace with" replaces the current one, Ctrl+Alt+Enter replaces
// them all as one step that Ctrl+Z undoes; Alt+C match case, Alt+W whole word;
// Escape closes the bar and leaves the caret on the current match.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG, type BaseSelection } from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from '../design/Button';
import { Checkbox } from '../design/Checkbox';
import { TextField } from '../design/TextField';
import { keepCaret, restoreCaret } from '../editor/kept-caret';
import { $findMatches, $replaceAll, $replaceMatch, $selectMatch, fieldWords, type EditorMatch } from './find-in-editor';
import { clearHighlights, scrollToMatch, showHighlights } from './find-highlights';
import { findInText, type FindOptions } from './find-matches';
import { closeFind, useFindRequest } from './find-store';
import './find.css';

/** Recounting waits for a pause in typing, so a long meeting is not searched on every key. */
const RECOUNT_PAUSE_MS = 60;
/** A replacement is its own undo step, and leaves the keyboard in the bar (the page's selection is not moved). */
const REPLACING = [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG];

export function FindBar({ readOnly }: { readOnly: boolean }) {
  const [editor] = useLexicalComposerContext();
  const request = useFindRequest();
  const [term, setTerm] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const [matches, setMatches] = useState<EditorMatch[]>([]);
  const [current, setCurrent] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const options: FindOptions = { matchCase, wholeWord };
  const shownCurrent = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);

  // Each Ctrl+F / Ctrl+H: the selected words (if any, on one line) become the term (adjusted while
  // rendering, React's pattern for state that follows a prop), and the box takes the keyboard.
  const [seenSerial, setSeenSerial] = useState(request.serial);
  if (request.open && seenSerial !== request.serial) {
    setSeenSerial(request.serial);
    const selected = editor.getEditorState().read(() => {
      const selection = $getSelection();
      return $isRangeSelection(selection) && !selection.isCollapsed() ? selection.getTextContent() : '';
    });
    if (selected && !selected.includes('\n')) {
      setTerm(selected);
      setCurrent(0);
    }
  }
  const keptCaret = useRef<BaseSelection | null>(null);
  useLayoutEffect(() => {
    if (!request.open) return;
    // Before the box takes the keyboard: where Escape puts the caret back when nothing matched.
    if (editor.getRootElement()?.contains(document.activeElement)) keptCaret.current = keepCaret(editor);
    findRef.current?.focus();
    findRef.current?.select();
  }, [editor, request.open, request.serial]);

  // The matches follow the term, the options and every change to the minutes.
  useEffect(() => {
    if (!request.open) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setMatches(editor.getEditorState().read(() => $findMatches(term, { matchCase, wholeWord }))), RECOUNT_PAUSE_MS);
    };
    recount();
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) recount();
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [editor, request.open, term, matchCase, wholeWord]);

  useEffect(() => {
    if (!request.open) return;
    showHighlights(editor, matches, shownCurrent);
    return clearHighlights;
  }, [editor, request.open, matches, shownCurrent]);

  if (!request.open) return null;

  const go = (step: 1 | -1) => {
    if (matches.length === 0) return;
    const next = (shownCurrent + step + matches.length) % matches.length;
    setCurrent(next);
    scrollToMatch(editor, matches[next]);
  };

  const refuseIfReadOnly = (): boolean => {
    if (!readOnly && editor.isEditable()) return false;
    setMessage('This file is open read-only, so nothing in it can be replaced.');
    return true;
  };

  const replaceCurrent = () => {
    if (shownCurrent < 0 || refuseIfReadOnly()) return;
    const index = shownCurrent;
    editor.update(
      () => {
        const match = $findMatches(term, options)[index];
        if (match) $replaceMatch(match, replacement);
      },
      { tag: REPLACING },
    );
    // Past the words just put in, should they match too.
    setCurrent(index + findInText(replacement, term, options).length);
    setMessage(null);
  };

  const replaceAll = () => {
    if (!term || refuseIfReadOnly()) return;
    let count = 0;
    // One update, pushed as its own history entry: one Ctrl+Z puts every match back.
    editor.update(
      () => {
        count = $replaceAll(term, options, replacement);
      },
      { tag: REPLACING, discrete: true },
    );
    setMessage(count === 0 ? 'Nothing to replace.' : `Replaced ${count} ${count === 1 ? 'match' : 'matches'}. Ctrl+Z puts them back.`);
  };

  const close = () => {
    const match = matches[shownCurrent];
    // The minutes take the keyboard before the bar (and the box that has it) goes.
    editor.getRootElement()?.focus({ preventScroll: true });
    if (match) editor.update(() => $selectMatch(match), { onUpdate: () => editor.focus() });
    else restoreCaret(editor, keptCaret.current);
    closeFind();
    setMessage(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const inReplace = (event.target as HTMLInputElement).name === 'replace';
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.ctrlKey && event.altKey) {
      event.preventDefault();
      replaceAll();
    } else if (event.key === 'Enter' && inReplace && !event.shiftKey) {
      event.preventDefault();
      replaceCurrent();
    } else if ((event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') || event.key === 'F3') {
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    } else if (event.altKey && !event.ctrlKey && (event.key.toLowerCase() === 'c' || event.key.toLowerCase() === 'w')) {
      event.preventDefault();
      if (event.key.toLowerCase() === 'c') setMatchCase((value) => !value);
      else setWholeWord((value) => !value);
      setCurrent(0);
    }
  };

  // A name in a field is not marked on the page (the page draws fields itself), so the count says where it is.
  const inField = matches[shownCurrent]?.field;
  const count = !term
    ? ''
    : matches.length === 0
      ? 'No matches'
      : `${shownCurrent + 1} of ${matches.length}${inField ? ` (in the ${fieldWords(inField.name)} field)` : ''}`;
  return (
    <div role="search" aria-label={request.mode === 'replace' ? 'Find and replace' : 'Find'} className="mb-find-bar" onKeyDown={onKeyDown}>
      <TextField
        label="Find"
        className="mb-find-field"
        inputRef={findRef}
        value={term}
        onChange={(value) => {
          setTerm(value);
          setCurrent(0);
        }}
      />
      <span className="mb-find-count" data-testid="find-count" aria-live="polite">
        {count}
      </span>
      <Button onPress={() => go(-1)} title="Previous match (Shift+Enter)">
        Previous
      </Button>
      <Button onPress={() => go(1)} title="Next match (Enter)">
        Next
      </Button>
      {/* The keys are named in tooltips; React Aria's Checkbox takes no title, so a span around it carries it. */}
      <span title="Alt+C">
        <Checkbox
          isSelected={matchCase}
          onChange={(checked) => {
            setMatchCase(checked);
            setCurrent(0);
          }}
        >
          Match case
        </Checkbox>
      </span>
      <span title="Alt+W">
        <Checkbox
          isSelected={wholeWord}
          onChange={(checked) => {
            setWholeWord(checked);
            setCurrent(0);
          }}
        >
          Whole word
        </Checkbox>
      </span>
      {request.mode === 'replace' && (
        <>
          <TextField label="Replace with" className="mb-find-field" name="replace" value={replacement} onChange={setReplacement} />
          <Button onPress={replaceCurrent} title="Replace this match (Enter in Replace with)">
            Replace
          </Button>
          <Button onPress={replaceAll} title="Replace every match (Ctrl+Alt+Enter)">
            Replace all
          </Button>
        </>
      )}
      <Button onPress={close} title="Close (Escape)">
        Close
      </Button>
      {message && (
        <p role="status" className="mb-find-message">
          {message}
        </p>
      )}
    </div>
  );
}
