// Checks before export, kept up to date as the clerk types (after a pause):
// each warning names its minute and Enter (or click) goes to that item in the
// minutes. Warnings only; nothing is ever changed for the clerk.
import { $minutesBlocks } from '../editor/minutes-block-list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback } from 'react';
import type { CheckWarning } from '../../core/checks/check-types';
import { readMinutesState } from '../editor/read-minutes-state';
import { $isAgendaItemNode } from '../editor/nodes/AgendaItemNode';
import { $enterAgendaItem } from '../editor/outline/agenda-sections';
import { placeOf, warningsFor } from '../export/export-preparation';
import type { PanelProps } from './panel-types';
import { useEditorSnapshot } from './useEditorSnapshot';
import '../export/export.css';
import { Button } from '../design/Button';

export function ChecksPanel({ session }: PanelProps) {
  const [editor] = useLexicalComposerContext();
  const meeting = session.opened?.document.meeting ?? null;
  const read = useCallback((): CheckWarning[] => {
    if (!meeting) return [];
    const content = readMinutesState(editor);
    return warningsFor({ formatVersion: 1, meeting, content });
  }, [editor, meeting]);
  const warnings = useEditorSnapshot(read, []);

  const goTo = (warning: CheckWarning) => {
    editor.update(() => {
      const item = $minutesBlocks().find((node) => $isAgendaItemNode(node) && node.getFields().itemId === warning.itemId);
      if (item && $isAgendaItemNode(item)) $enterAgendaItem(item);
    });
    editor.focus();
  };

  if (warnings.length === 0) return <p className="mb-panel-empty">No problems found before export.</p>;
  return (
    <section aria-label="Checks before export" className="mb-checks-panel">
      <p className="mb-panel-hint">Warnings only: you can still export. Enter goes to the item.</p>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index}>
            <Button onPress={() => goTo(warning)} data-kind={warning.kind}>
              <strong>{placeOf(warning)}:</strong> {warning.message}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
