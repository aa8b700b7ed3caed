// The page's view of the library: its status (folders, meetings, files left
// out) and a search that follows the box as the clerk types.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryStatus, SearchHitView } from '../../core/ipc/channels/library-channels';
import type { SearchKindFilter } from '../../core/library/search-query';
import { call, minuteBookApi } from '../ipc/minute-book-api';

export interface SearchRequest {
  query: string;
  committeeId: string;
  from: string;
  to: string;
  kind: SearchKindFilter;
}

/** Long enough not to search on every key of a word, short enough to feel immediate. */
const SEARCH_PAUSE_MS = 150;
const PROGRESS_EVERY_MS = 500;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useLibrary() {
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const run = useCallback(async (pending: Promise<LibraryStatus>) => {
    try {
      setStatus(await pending);
      setMessage(null);
    } catch (error) {
      setMessage(messageOf(error));
    }
  }, []);

  // Shown at once from the index; then files changed since are read, in the background.
  // While files are read, the count of those read so far is asked for every moment.
  useEffect(() => {
    let live = true;
    const show = (next: LibraryStatus) => live && setStatus(next);
    const progress = setInterval(
      () =>
        void call(minuteBookApi().libraryStatus({}))
          .then(show)
          .catch(() => undefined),
      PROGRESS_EVERY_MS,
    );
    call(minuteBookApi().libraryStatus({}))
      .then(show)
      .then(() => call(minuteBookApi().refreshLibrary({})))
      .then(show)
      .catch((error: unknown) => live && setMessage(messageOf(error)))
      .finally(() => clearInterval(progress));
    return () => {
      live = false;
      clearInterval(progress);
    };
  }, []);

  return {
    status,
    message,
    addDocumentFolder: (documentId: string) => run(call(minuteBookApi().addDocumentFolderToLibrary({ documentId }))),
    chooseFolder: () => run(call(minuteBookApi().chooseLibraryFolder({}))),
    removeFolder: (folder: string) => run(call(minuteBookApi().removeLibraryFolder({ folder }))),
    rebuild: () => run(call(minuteBookApi().rebuildLibrary({}))),
  };
}

export function useLibrarySearch(request: SearchRequest) {
  const [hits, setHits] = useState<SearchHitView[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const latest = useRef(0);
  const { query, committeeId, from, to, kind } = request;

  useEffect(() => {
    if (!query.trim()) return;
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      call(minuteBookApi().searchLibrary({ query, committeeId, from, to, kind }))
        .then((found) => {
          if (ticket !== latest.current) return;
          setHits(found.hits);
          setMessage(null);
        })
        .catch((error: unknown) => ticket === latest.current && setMessage(messageOf(error)));
    }, SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query, committeeId, from, to, kind]);

  // An emptied box shows no results (the last search's stay until the next one answers).
  return { hits: query.trim() ? hits : null, message };
}
