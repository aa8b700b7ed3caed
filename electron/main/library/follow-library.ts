// The library follows the clerk's saves: whenever a meeting reaches its file
// (Save, Save As, or the autosave writing it), it is indexed a moment later,
// after the handler has answered, so typing never waits for the index.
import type { MinutesDocument } from '../../../core/storage/minutes-document';
import type { DocumentRegistry } from '../handlers/document-registry';
import type { CallContext } from '../handlers/handler-deps';
import type { HandlerTable } from '../handlers/handler-table';
import type { LibraryService } from './library-service';

function afterWriting<I extends { documentId: string; document: MinutesDocument }, O>(
  library: LibraryService,
  registry: DocumentRegistry,
  handler: (input: I, context: CallContext) => Promise<O>,
) {
  return async (input: I, context: CallContext): Promise<O> => {
    const outcome = await handler(input, context);
    const status = outcome as { status?: unknown; file?: unknown };
    const written = status.status === 'saved' || status.file === 'saved';
    const filePath = registry.get(input.documentId)?.filePath;
    if (written && filePath) library.noteSaved(filePath, input.document);
    return outcome;
  };
}

export function followLibrary(library: LibraryService, registry: DocumentRegistry, table: HandlerTable): HandlerTable {
  return {
    ...table,
    'document/save': afterWriting(library, registry, table['document/save']),
    'document/save-as': afterWriting(library, registry, table['document/save-as']),
    'autosave/write': afterWriting(library, registry, table['autosave/write']),
  };
}
