// A committee's actions across its meetings: who, what, by when, the minute
// that raised each and its status now; exported as DOCX or PDF.
import { useState } from 'react';
import type { ActionLogView, LibraryStatus } from '../../core/ipc/channels/library-channels';
import { formatUkDate } from '../../core/text/uk-format';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import { Button } from '../design/Button';
import { Select } from '../design/Select';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ActionLog({ committees, preferred }: { committees: LibraryStatus['committees']; preferred: string }) {
  const [chosen, setChosen] = useState('');
  const [log, setLog] = useState<ActionLogView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const committeeId = chosen || (committees.some((committee) => committee.id === preferred) ? preferred : (committees[0]?.id ?? ''));

  const load = (id: string) => {
    if (!id) return;
    call(minuteBookApi().libraryActionLog({ committeeId: id }))
      .then((found) => {
        setLog(found);
        setMessage(null);
      })
      .catch((error: unknown) => setMessage(messageOf(error)));
  };

  const exportAs = async (format: 'docx' | 'pdf') => {
    try {
      const outcome = await call(minuteBookApi().exportActionLog({ committeeId, format }));
      setMessage(outcome.status === 'saved' ? `Saved “${outcome.fileName}”.` : null);
    } catch (error) {
      setMessage(messageOf(error));
    }
  };

  return (
    <details className="mb-library-actions" onToggle={(event) => event.currentTarget.open && load(committeeId)}>
      <summary>Action log</summary>
      <Select
        label="Committee"
        options={committees.map((committee) => ({ value: committee.id, label: committee.name }))}
        value={committeeId}
        onChange={(id) => {
          setChosen(id);
          load(id);
        }}
      />
      {message && (
        <p role="status" className="mb-library-problem">
          {message}
        </p>
      )}
      {log && (
        <table className="mb-actions-table" aria-label={`Action log of ${log.committeeName}`}>
          <thead>
            <tr>
              <th>Raised at</th>
              <th>Action</th>
              <th>Who</th>
              <th>By when</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((entry) => (
              <tr key={entry.actionId} title={entry.history.join('\n')}>
                <td>{entry.raisedAt}</td>
                <td>{entry.description}</td>
                <td>{entry.owner}</td>
                <td>{entry.due ? formatUkDate(entry.due) : ''}</td>
                <td>{entry.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Button isDisabled={!committeeId} onPress={() => void exportAs('docx')}>
        Export as Word (DOCX)
      </Button>{' '}
      <Button isDisabled={!committeeId} onPress={() => void exportAs('pdf')}>
        Export as PDF
      </Button>
    </details>
  );
}
