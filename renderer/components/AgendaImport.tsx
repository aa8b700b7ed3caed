// "Import agenda…" in the New meeting dialog: main asks which published agenda
// (Word or PDF) and reads it; this shows the clerk what was understood — date,
// time, venue, each item with its report and any exempt paragraph, and what
// could not be found — and hands it to the dialog only when the clerk says
// "Use this agenda". Nothing is filled in before that.
import { useEffect, useRef, useState } from 'react';
import type { ImportedAgenda } from '../../core/agenda/agenda-document';
import { formatUkDateWithWeekday, formatUkTime } from '../../core/text/uk-format';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import './agenda-import.css';
import { Button } from '../design/Button';

interface Understood {
  fileName: string;
  agenda: ImportedAgenda;
}

export function AgendaImport({ onAccept, onProblem }: { onAccept(agenda: ImportedAgenda): void; onProblem(problem: string | null): void }) {
  const [understood, setUnderstood] = useState<Understood | null>(null);
  const [reading, setReading] = useState(false);
  const backToImport = useRef(false);
  const useButton = useRef<HTMLButtonElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);

  // Keyboard first: the clerk's next key is "use it" or Escape; once the agenda is used or set aside,
  // the clerk is back on the button that imported it.
  useEffect(() => {
    if (understood) useButton.current?.focus();
    else if (backToImport.current) importButton.current?.focus();
    backToImport.current = false;
  }, [understood]);

  const read = async () => {
    setReading(true);
    onProblem(null);
    try {
      const outcome = await call(minuteBookApi().importAgenda({}));
      if (outcome.status === 'read') setUnderstood({ fileName: outcome.fileName, agenda: outcome.agenda });
    } catch (error) {
      onProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setReading(false);
    }
  };

  const close = () => {
    backToImport.current = true;
    setUnderstood(null);
  };

  if (!understood) {
    return (
      <Button ref={importButton} isDisabled={reading} onPress={() => void read()}>
        {reading ? 'Reading the agenda…' : 'Import agenda…'}
      </Button>
    );
  }

  const { fileName, agenda } = understood;
  return (
    <section
      className="mb-agenda-import"
      aria-label="The agenda as Minute Book read it"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          // Escape leaves the agenda unused; the New meeting dialog stays open.
          event.preventDefault();
          event.stopPropagation();
          close();
        }
      }}
    >
      <h3>From “{fileName}”</h3>
      <dl>
        <dt>Date</dt>
        <dd>{agenda.date ? formatUkDateWithWeekday(agenda.date) : 'not found'}</dd>
        <dt>Starts at</dt>
        <dd>{agenda.startTime ? formatUkTime(agenda.startTime) : 'not found'}</dd>
        <dt>Venue</dt>
        <dd>{agenda.venue ?? 'not found'}</dd>
      </dl>
      <ol aria-label="Items of business">
        {agenda.items.map((item, index) => (
          <li key={index}>
            <strong>{item.title}</strong>
            {item.reportName ? <span className="mb-agenda-report"> — {item.reportName}</span> : null}
            {item.exemptParagraph ? <span className="mb-agenda-exempt"> (exempt: paragraph {item.exemptParagraph} of Schedule 12A)</span> : null}
          </li>
        ))}
      </ol>
      {agenda.notes.map((note) => (
        <p key={note} className="mb-form-note">
          {note}
        </p>
      ))}
      <div className="mb-dialog-buttons">
        <Button
          ref={useButton}
          onPress={() => {
            onAccept(agenda);
            close();
          }}
        >
          Use this agenda
        </Button>
        <Button onPress={close}>Don’t use it</Button>
      </div>
    </section>
  );
}
