// What the export dialog and the checks panel compute from the document as it
// stands: the minutes read from the editor's JSON, the pre-export warnings
// and the layout for the preview — all pure core functions, no IPC.
import { checksFor } from '../../core/checks/publication-blockers';
import type { CheckWarning } from '../../core/checks/check-types';
import { layoutFromDocument } from '../../core/export/export-minutes';
import type { ExportOptions } from '../../core/export/export-options';
import type { LayoutDocument } from '../../core/export/layout-model';
import type { MinutesDocument } from '../../core/storage/minutes-document';

export function warningsFor(document: MinutesDocument): CheckWarning[] {
  return checksFor(document);
}

export function previewLayout(document: MinutesDocument, options: ExportOptions): LayoutDocument {
  return layoutFromDocument(document, options);
}

export function placeOf(warning: CheckWarning): string {
  return warning.itemNumber ? `Minute ${warning.itemNumber}` : 'Before the first item';
}
