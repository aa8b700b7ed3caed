// How a piece of wording reads in this meeting: fields the meeting knows are
// filled; the rest are marked as asked when the wording is used. The clerk's
// text is shown as text, never as markup.
import { fillSnippet, snippetValues } from '../../core/text/snippets';
import type { Meeting } from '../../core/model/meeting';

export function WordingPreview({ text, meeting }: { text: string; meeting: Meeting }) {
  const filled = fillSnippet(text, snippetValues(meeting));
  // split() with a capture group puts each field's name at the odd positions.
  const parts = filled.split(/\{([^{}]+)\}/g);
  return (
    <p className="mb-wording-preview" data-testid="wording-preview" aria-live="polite">
      {text.trim() === ''
        ? 'The wording, filled from this meeting, shows here.'
        : parts.map((part, index) =>
            index % 2 === 1 ? (
              <mark key={index} className="mb-wording-asked">
                {`{${part}} (asked when used)`}
              </mark>
            ) : (
              part
            ),
          )}
    </p>
  );
}
