// One library per app (per handler deps): the library's handlers and the save
// and autosave handlers that tell it about written meetings share its index
// and its queue, even when a table is built twice over the same deps.
import type { HandlerDeps } from '../ports/handler-deps';
import { LibraryService } from './library-service';

const libraries = new WeakMap<object, LibraryService>();

export function libraryFor(deps: Pick<HandlerDeps, 'files' | 'storage'>): LibraryService {
  let library = libraries.get(deps);
  if (!library) {
    library = new LibraryService(deps.files, deps.storage.dataDirectory);
    libraries.set(deps, library);
  }
  return library;
}
