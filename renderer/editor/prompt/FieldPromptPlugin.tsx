// Hosts the field prompt (see prompt-types.ts): a small dialog above the page
// that asks for a block's fields in turn, then returns the caret to the block.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PromptOption } from '../../../core/blocks/prompt-step';
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
          setRequest(next);
          answersRef.current = {};
          setStepIndex(0);
          setQuery(next.steps[0]?.initial ?? '');
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

  const finish = (completed = false) => {
    const targetKey = request.returnKey ?? request.targetKey;
    const onComplete = completed ? request.onComplete : undefined;
    const answers = answersRef.current;
    setRequest(null);
    editor.focus();
    editor.update(() => {
      const node = $getNodeByKey(targetKey);
      if (node && 'selectEnd' in node) (node as { selectEnd(): void }).selectEnd();
      onComplete?.(answers);
    });
  };

  const advance = () => {
    const next = request.steps[stepIndex + 1];
    if (!next) return finish(true);
    setStepIndex(stepIndex + 1);
    setQuery(next.initial ?? '');
    setHighlighted(0);
    setRefused(false);
  };

  const accept = (chosen?: PromptOption) => {
    // With choices on offer, Enter takes the highlighted one; free text only where the step allows it.
    const option = chosen ?? (options.length > 0 && (query.trim() !== '' || !step.allowFree) ? (options[highlighted] ?? null) : null);
    if (!option && step.options && !step.allowFree) return setRefused(true);
    const patch = step.toPatch(option ? option.value : query.trim(), option);
    if (!patch) return setRefused(true);
    if (request.onComplete) {
      answersRef.current = { ...answersRef.current, ...patch };
    } else {
      editor.update(() => {
        const node = $getNodeByKey(request.targetKey);
        if (hasFields(node)) node.setFields(patch);
      });
    }
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
          onChange={(event) => {
            setQuery(event.target.value);
            setHighlighted(0);
            setRefused(false);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
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
