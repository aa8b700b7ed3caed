// The committee's reusable wording ("The minutes of the meeting held on
// {previous date} were approved…") in the slash menu. Fields the meeting can
// fill are filled; any left are asked for in the field prompt (a date typed
// as the clerk likes, a person from the roster, or words) before the wording
// goes in, so a brace never reaches the minutes unnoticed.
import { $getSelection, $isRangeSelection } from 'lexical';
import { meetingSnippets } from '../../../core/minutes/meeting-context';
import type { Meeting } from '../../../core/model/meeting';
import type { Person } from '../../../core/model/person';
import { snippetKey } from '../../../core/model/wording-snippet';
import { parseClerkDate } from '../../../core/text/parse-clerk-input';
import { defaultSnippets, fillSnippet, snippetFieldKind, snippetValues, unfilledFields } from '../../../core/text/snippets';
import { formatUkDate } from '../../../core/text/uk-format';
import { personStep, type PromptStep } from '../../../core/blocks/prompt-step';
import { OPEN_FIELD_PROMPT_COMMAND, type PromptRequest } from '../prompt/prompt-types';
import { $currentBlock } from './insert-block';
import type { CommandContext, MinutesCommand } from './command-types';

export function snippetCommands(meeting: Meeting): MinutesCommand[] {
  // The committee's wording of a name stands in for the built-in wording of that name.
  const own = meetingSnippets(meeting);
  const named = new Set(own.map((snippet) => snippetKey(snippet.name)));
  return [...own, ...defaultSnippets.filter((snippet) => !named.has(snippetKey(snippet.name)))].map((snippet, index) => ({
    id: `snippet-${index}`,
    title: `Wording: ${snippet.name}`,
    keywords: 'snippet wording standard text',
    shortcut: null,
    run: (context: CommandContext) => insertSnippet(context, snippet.text),
  }));
}

function insertSnippet(context: CommandContext, template: string): void {
  const filled = fillSnippet(template, snippetValues(context.meeting));
  const missing = unfilledFields(filled);
  context.editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (missing.length === 0) {
      selection.insertText(filled);
      return;
    }
    const block = $currentBlock();
    if (!block) return;
    const roster = context.meeting.roster;
    const request: PromptRequest<SnippetAnswers> = {
      targetKey: block.getKey(),
      steps: missing.map((name) => fieldStep(name, roster)),
      onComplete: (answers) => {
        const values = Object.fromEntries(missing.flatMap((name) => (typeof answers[name] === 'string' && answers[name] ? [[name, answers[name]]] : [])));
        const caret = $getSelection();
        if ($isRangeSelection(caret)) caret.insertText(fillSnippet(filled, values));
      },
    };
    context.editor.dispatchCommand(OPEN_FIELD_PROMPT_COMMAND, request);
  });
}

const capitalised = (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}`;

/** The wording's unfilled fields, by name, as the clerk answered them. */
type SnippetAnswers = Record<string, string>;

/** One question for a field; the answer is stored under the field's name (blank leaves the braces). */
function fieldStep(name: string, roster: Person[]): PromptStep<SnippetAnswers> {
  const kind = snippetFieldKind(name);
  if (kind === 'person') {
    const step = personStep<{ personId: string | null; personName: string }>(capitalised(name), { id: 'personId', name: 'personName' }, roster);
    const { label, options, allowFree, initial } = step;
    return { label, options, allowFree, initial, toPatch: (value, option) => (value ? { [name]: step.toPatch(value, option)?.personName ?? value } : {}) };
  }
  if (kind === 'date') {
    return {
      label: `${capitalised(name)} (e.g. 19 January 2022)`,
      allowFree: true,
      hint: 'Type a date such as 19 January 2022 or 19/1/2022, or leave it blank.',
      toPatch: (value) => {
        if (value === '') return {};
        const iso = parseClerkDate(value);
        return iso ? { [name]: formatUkDate(iso) } : null;
      },
    };
  }
  return { label: capitalised(name), allowFree: true, toPatch: (value) => (value ? { [name]: value } : {}) };
}
