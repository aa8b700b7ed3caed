// One library per app (per handler deps): the handlers and the save hook share
// its index and its queue.
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
