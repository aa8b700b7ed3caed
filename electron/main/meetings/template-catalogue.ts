// The templates a meeting can be made from: those shipped with the app and
// the council's own (in the data folder), read afresh each time, as New
// meeting and "New meeting of this committee" both need them.
import path from 'node:path';
import { buildTemplateCatalogue, type TemplateCatalogue } from '../../../core/templates/template-catalogue';
import type { HandlerDeps } from '../ports/handler-deps';

/** Where the council's own templates are kept. */
export function ownTemplatesDirectory(deps: Pick<HandlerDeps, 'storage'>): string {
  return path.join(deps.storage.dataDirectory, 'templates');
}

export async function readTemplateCatalogue(deps: Pick<HandlerDeps, 'storage' | 'templates'>): Promise<TemplateCatalogue> {
  const folders = deps.templates;
  const [shipped, own] = await Promise.all([folders.readJsonFiles(folders.shippedDirectory), folders.readJsonFiles(ownTemplatesDirectory(deps))]);
  return buildTemplateCatalogue(shipped, own);
}
