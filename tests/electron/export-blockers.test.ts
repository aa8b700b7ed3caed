// The public version waits for the checks that stand for something missing
// from the minutes (core/checks/publication-blockers.ts): main refuses it,
// naming what to answer, unless the clerk waives them; the full version is
// never held back. A stand-in printer and writer: nothing here needs Chromium.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minutesDocumentSchema, type MinutesDocument } from '../../core/storage/minutes-document';
import { DocumentRegistry } from '../../electron/main/documents/document-registry';
import { createExportHandlers } from '../../electron/main/handlers/export-handlers';
import type { ExportServices } from '../../electron/main/ports/handler-deps';
import { dispatch } from '../../electron/main/ipc/dispatch';
import type { HandlerTable } from '../../electron/main/ports/handler-types';
import { action, item, para } from '../fixtures/export/lexical-builders';
import { seed000Document } from '../fixtures/export/seed-000-document';
import { testHandlerDeps } from './support/test-deps';

function withOwnerlessAction(): MinutesDocument {
  const document = minutesDocumentSchema.parse(seed000Document());
  const children = document.content.root.children as unknown[];
  children.push(item('Highways update'), para('The update was noted.'), action(null, '', 'Report back on the pothole programme', null));
  return document;
}

function exporter() {
  const written: string[] = [];
  const services: ExportServices = {
    printer: { print: async () => new Uint8Array() },
    chooseExportPath: async (_context, suggested) => `/out/${suggested}`,
    writeFile: async (file) => void written.push(file),
  };
  const registry = new DocumentRegistry();
  const { id } = registry.register(1, null);
  const table = createExportHandlers(
    testHandlerDeps(mkdtempSync(path.join(tmpdir(), 'minute-book-export-')), { exports: services }),
    registry,
  ) as unknown as HandlerTable;
  const run = (document: MinutesDocument, version: 'public' | 'full', waiveChecks?: boolean) =>
    dispatch(
      table,
      'export/minutes',
      { documentId: id, document, options: { version, appendices: [] }, formats: ['docx'], ...(waiveChecks === undefined ? {} : { waiveChecks }) },
      { windowId: 1 },
    );
  return { written, run };
}

describe('the public version waits for what the minutes are missing', () => {
  it('refuses a public export with an action that has no owner, naming it and the way on, and writes nothing', async () => {
    const { written, run } = exporter();
    const result = await run(withOwnerlessAction(), 'public');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not-allowed');
    expect(result.error.message).toContain('The public version was not exported: 1 thing in the minutes needs an answer first.');
    expect(result.error.message).toContain('Report back on the pothole programme');
    expect(result.error.message).toContain('the Checks panel, Ctrl+Shift+X');
    expect(written).toEqual([]);
  });

  it('exports it when the clerk waives the checks, and always exports the full version', async () => {
    const { written, run } = exporter();
    expect((await run(withOwnerlessAction(), 'public', true)).ok).toBe(true);
    expect((await run(withOwnerlessAction(), 'full')).ok).toBe(true);
    expect(written).toHaveLength(2);
  });

  it('is not held back by checks of style, such as a possible misspelling', async () => {
    const { run } = exporter();
    expect((await run(minutesDocumentSchema.parse(seed000Document()), 'public')).ok).toBe(true);
  });
});
