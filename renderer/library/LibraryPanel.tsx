// The Library panel (Ctrl+Shift+F): one box searching every meeting of every
// committee in the clerk's folders, narrowed by committee, dates and kind of
// block; a result opens its file at its minute. Below, the folders the
// library reads and any file it had to leave out, with why.
import { useRef, useState, type KeyboardEvent } from 'react';
import { ListBox, ListBoxItem } from 'react-aria-components';
import type { SearchHitView } from '../../core/ipc/channels/library-channels';
import { searchKindFilters, type SearchKindFilter } from '../../core/library/search-query';
import { formatUkDate } from '../../core/text/uk-format';
import { UkDateField } from '../components/UkDateTimeFields';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import type { PanelProps } from '../panels/panel-types';
import { ActionLog } from './ActionLog';
import { NextMeetingOffer } from './NextMeetingOffer';
import { useLibrary, useLibrarySearch } from './useLibrary';
import './library.css';
import { Button } from '../design/Button';
import { SearchField } from '../design/SearchField';
import { Select } from '../design/Select';

const kindLabels: Record<SearchKindFilter, string> = {
  all: 'Everything',
  resolutions: 'Resolutions and votes',
  actions: 'Actions',
  declarations: 'Declarations of interest',
};

const passageLabels: Record<SearchHitView['kind'], string> = {
  title: 'Item',
  text: 'Minutes',
  resolution: 'Resolution',
  vote: 'Vote',
  action: 'Action',
  declaration: 'Declaration',
  apology: 'Apology',
  question: 'Question',
};

const safeUkDate = (iso: string) => (iso ? formatUkDate(iso) : 'no date');

export function LibraryPanel({ session }: PanelProps) {
  const library = useLibrary();
  const [query, setQuery] = useState('');
  const [committeeId, setCommitteeId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<SearchKindFilter>('all');
  const [openMessage, setOpenMessage] = useState<string | null>(null);
  const search = useLibrarySearch({ query, committeeId, from, to, kind });
  const listRef = useRef<HTMLDivElement>(null);
  const documentId = session.opened?.documentId ?? null;
  const status = library.status;

  const open = async (hit: SearchHitView) => {
    setOpenMessage(null);
    try {
      const outcome = await call(minuteBookApi().openLibraryResult({ fileId: hit.fileId, itemId: hit.itemId, replaceCurrent: session.isPristine }));
      session.showOpened(outcome);
    } catch (error) {
      setOpenMessage(error instanceof Error ? error.message : String(error));
    }
  };

  const hits = search.hits;
  // From the box, ↓ goes into the results (React Aria's list box puts the keyboard on its first) and Enter opens the first.
  const onBoxKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const first = hits?.[0];
    if (!first || (event.key !== 'ArrowDown' && event.key !== 'Enter')) return;
    event.preventDefault();
    if (event.key === 'Enter') void open(first);
    else listRef.current?.focus();
  };

  return (
    <div className="mb-library">
      <div role="search" className="mb-library-search">
        <SearchField
          label="Search past minutes"
          shortcutFocus
          value={query}
          placeholder="Words, “a phrase”, a name or CA.119"
          onChange={setQuery}
          onKeyDown={onBoxKeyDown}
        />
        <div className="mb-library-filters">
          <Select
            label="Committee"
            options={[
              { value: '', label: 'All committees' },
              ...(status?.committees ?? []).map((committee) => ({ value: committee.id, label: committee.name })),
            ]}
            value={committeeId}
            onChange={setCommitteeId}
          />
          {/* Day first whatever the operating system's locale (a native date input shows 03/23/2022 on a US machine). */}
          <UkDateField label="From" value={from} onChange={setFrom} />
          <UkDateField label="To" value={to} onChange={setTo} />
          <Select<SearchKindFilter>
            label="Show"
            options={searchKindFilters.map((filter) => ({ value: filter, label: kindLabels[filter] }))}
            value={kind}
            onChange={setKind}
          />
        </div>
      </div>
      {(search.message ?? openMessage) && (
        <p role="alert" className="mb-library-problem">
          {search.message ?? openMessage}
        </p>
      )}
      {hits && (
        <>
          <p className="mb-panel-hint" aria-live="polite">
            {hits.length === 0
              ? 'Nothing found.'
              : `${hits.length === 50 ? 'The first 50' : hits.length} ${hits.length === 1 ? 'result' : 'results'}. ↓ to move through them, Enter to open.`}
          </p>
          {/* React Aria's list box: the arrow keys, Home, End and type-ahead (by the meeting's place) walk the results;
              Enter or a click opens one. Each is an option named by its place and passage. */}
          <ListBox
            ref={listRef}
            className="mb-library-results"
            aria-label="Search results"
            selectionMode="none"
            onAction={(key) => {
              const hit = hits[Number(key)];
              if (hit) void open(hit);
            }}
            renderEmptyState={() => null}
          >
            {hits.map((hit, index) => {
              const place = `${hit.committeeName || hit.fileName} · ${safeUkDate(hit.date)} · ${hit.minuteNumber ? `${hit.minuteNumber} ` : ''}${hit.itemTitle}`;
              return (
                <ListBoxItem key={index} id={index} textValue={place} className="mb-library-result">
                  <span className="mb-library-place">{place}</span>
                  <span className="mb-library-snippet">
                    <span className="mb-library-kind">{passageLabels[hit.kind]}: </span>
                    {hit.snippet.map((part, partIndex) => (part.hit ? <mark key={partIndex}>{part.text}</mark> : <span key={partIndex}>{part.text}</span>))}
                  </span>
                </ListBoxItem>
              );
            })}
          </ListBox>
        </>
      )}
      {documentId && session.opened?.hasFile && session.opened.document.meeting.committeeId && <NextMeetingOffer session={session} documentId={documentId} />}
      {status && status.committees.length > 0 && <ActionLog committees={status.committees} preferred={session.opened?.document.meeting.committeeId ?? ''} />}
      <details className="mb-library-folders">
        <summary>
          {status ? `${status.meetings} ${status.meetings === 1 ? 'meeting' : 'meetings'} in the library` : 'Library'}
          {status?.progress.indexing ? ` (reading ${status.progress.done} of ${status.progress.total})` : ''}
        </summary>
        {library.message && (
          <p role="alert" className="mb-library-problem">
            {library.message}
          </p>
        )}
        {status && status.folders.length === 0 && (
          <p className="mb-panel-hint">No folders yet. Open a meeting from the folder you keep minutes in, then add its folder here.</p>
        )}
        <ul>
          {status?.folders.map((folder) => (
            <li key={folder}>
              {folder} <Button onPress={() => void library.removeFolder(folder)}>Remove</Button>
            </li>
          ))}
        </ul>
        {status?.unreachable.map((entry) => (
          <p key={entry.folder} className="mb-library-problem">
            “{entry.folder}” could not be reached ({entry.problem}); its meetings stay in the library as they were. Check the drive is connected.
          </p>
        ))}
        {documentId && session.opened?.hasFile && <Button onPress={() => void library.addDocumentFolder(documentId)}>Add this meeting’s folder</Button>}{' '}
        <Button onPress={() => void library.chooseFolder()}>Add a folder…</Button> <Button onPress={() => void library.rebuild()}>Rebuild the library</Button>
        {status && status.problems.length > 0 && (
          <>
            <p className="mb-panel-hint">Left out of the library:</p>
            <ul className="mb-library-problems">
              {status.problems.map((entry) => (
                <li key={`${entry.folder}/${entry.fileName}`}>
                  “{entry.fileName}” in {entry.folder}: {entry.problem}. Open it to see more, or restore its backup.
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
    </div>
  );
}
