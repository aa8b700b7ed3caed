// Hosts the field prompt (see prompt-types.ts): a small dialog above the page
// that asks for a block's fields in turn, then returns the caret to the block.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { nextStepToAsk, type PromptOption } from '../../../core/blocks/prompt-step';
import { hasFields } from '../nodes/block-fields-of';
import { filterOptions, OPEN_FIELD_PROMPT_COMMAND, type PromptRequest } from './prompt-types';

export function FieldPromptPlugin() {
  const [editor] = useLexicalComposerContext();
  const [request, setRequest] = useState<PromptRequest<object> | null>(null);
  const [stepIndex, setStepIndex] = useState(0);
  const [query, setQuery] = useState('');
  const [highlighted, setHighlighted] = useState(0);
  const [refused, setRefused] = useState(false);
  const answersRef = useRef<object>({});
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_FIELD_PROMPT_COMMAND,
        (next) => {
          // Lexical runs command listeners inside an update, where the target's fields can be read and set.
          const first = nextStepToAsk(next.steps, -1, $fieldsOf(next), {});
          if (!next.onComplete) $setFieldsOf(next, first.passedOver);
          // Nothing left to ask: the block keeps what it has, and no prompt opens.
          if (first.index >= next.steps.length) return true;
          setRequest(next);
          answersRef.current = first.passedOver;
          setStepIndex(first.index);
          setQuery(next.steps[first.index]?.initial ?? '');
          setHighlighted(0);
          setRefused(false);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  useEffect(() => {
    if (!request) return;
    // The step's starting value ("0", the time now, the name on record) is
    // selected, so what the clerk types replaces it and Enter keeps it.
    const initial = request.steps[stepIndex]?.initial ?? '';
    const input = inputRef.current;
    input?.focus();
    input?.select();
    // After Lexical has put the caret into the new block (it restores DOM focus
    // when it commits the update that opened this prompt), take focus back;
    // the starting value is selected again only if nothing has been typed over it.
    const frame = requestAnimationFrame(() => {
      const current = inputRef.current;
      if (!current || document.activeElement === current) return;
      current.focus();
      if (current.value === initial) current.select();
    });
    return () => cancelAnimationFrame(frame);
  }, [request, stepIndex]);

  if (!request) return null;
  const step = request.steps[stepIndex];
  if (!step) return null;
  const options = step.options ? filterOptions(step.options, query) : [];
  // What the answer typed so far will be read as ("Moved by …, seconded by …"), else the step's quicker way to answer.
  const note = step.reading?.(query) ?? step.tip;

  const finish = (completed = false) => {
    const targetKey = request.returnKey ?? request.targetKey;
    const onComplete = completed ? request.onComplete : undefined;
    const followUp = completed ? request.followUp : undefined;
    const answers = answersRef.current;
    setRequest(null);
    editor.focus();
    editor.update(() => {
      const node = $getNodeByKey(targetKey);
      if (node && 'selectEnd' in node) (node as { selectEnd(): void }).selectEnd();
      onComplete?.(answers);
    });
    followUp?.();
  };

  const advance = () => {
    // Steps whose answer is already plain (the casting vote when the counts are not tied) are passed over.
    const fields = { ...editor.getEditorState().read(() => $fieldsOf(request)), ...answersRef.current };
    const { index, passedOver } = nextStepToAsk(request.steps, stepIndex, fields, answersRef.current);
    if (Object.keys(passedOver).length > 0) record(passedOver);
    const next = request.steps[index];
    if (!next) return finish(true);
    setStepIndex(index);
    setQuery(next.initial ?? '');
    setHighlighted(0);
    setRefused(false);
  };

  /** Keeps an answer: on the target's fields, or gathered for onComplete; either way remembered for the steps after it. */
  const record = (patch: object) => {
    answersRef.current = { ...answersRef.current, ...patch };
    if (request.onComplete) return;
    editor.update(() => $setFieldsOf(request, patch));
  };

  const accept = (chosen?: PromptOption) => {
    // With choices on offer, Enter takes the highlighted one; free text only where the step allows it.
    const option = chosen ?? (options.length > 0 && (query.trim() !== '' || !step.allowFree) ? (options[highlighted] ?? null) : null);
    if (!option && step.options && !step.allowFree) return setRefused(true);
    const patch = step.toPatch(option ? option.value : query.trim(), option);
    if (!patch) return setRefused(true);
    record(patch);
    advance();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      accept();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      advance();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const delta = event.key === 'ArrowDown' ? 1 : -1;
      setHighlighted((index) => Math.max(0, Math.min(options.length - 1, index + delta)));
    }
  };

  return (
    <div className="mb-field-prompt" role="dialog" aria-label={step.label}>
      <label className="mb-field-prompt-label">
        {step.label}
        <span className="mb-field-prompt-step">
          {' '}
          ({stepIndex + 1} of {request.steps.length}; Enter to accept, Tab to skip, Esc to finish)
        </span>
        <input
          ref={inputRef}
          value={query}
          aria-autocomplete="list"
          aria-controls="mb-field-prompt-options"
          aria-describedby={note && !refused ? 'mb-field-prompt-tip' : undefined}
          onChange={(event) => {
            setQuery(event.target.value);
            setHighlighted(0);
            setRefused(false);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      {note && !refused && (
        <div id="mb-field-prompt-tip" className="mb-field-prompt-tip" aria-live="polite">
          {note}
        </div>
      )}
      {refused && <div className="mb-field-prompt-hint">{step.hint ?? 'Please choose one of the options.'}</div>}
      {options.length > 0 && (
        <ul role="listbox" id="mb-field-prompt-options" className="mb-field-prompt-options">
          {options.slice(0, 12).map((option, index) => (
            <li
              key={option.value}
              role="option"
              aria-selected={index === highlighted}
              onMouseDown={(event) => {
                event.preventDefault();
                setHighlighted(index);
                accept(option);
              }}
            >
              {option.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The fields of the block a prompt fills (none when the answers go to onComplete instead); inside a read or update. */
function $fieldsOf(request: PromptRequest<object>): object {
  if (request.onComplete) return {};
  const node = $getNodeByKey(request.targetKey);
  return hasFields(node) ? node.getFields() : {};
}

function $setFieldsOf(request: PromptRequest<object>, patch: object): void {
  if (Object.keys(patch).length === 0) return;
  const node = $getNodeByKey(request.targetKey);
  if (hasFields(node)) node.setFields(patch);
}
