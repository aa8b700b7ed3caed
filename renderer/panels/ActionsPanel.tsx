// Every action in the meeting (who, what, by when), in document order under
// its minute number; Enter or click goes to the action in the minutes.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { $minutesBlocks } from '../editor/minutes-block-list';
import { useCallback, useSyncExternalStore } from 'react';
import { formatUkDate } from '../../core/text/uk-format';
import { $isActionNode } from '../editor/nodes/ActionNode';
import { $isAgendaItemNode } from '../editor/nodes/AgendaItemNode';
import { outlineStoreFor } from '../editor/outline/outline-store';
import { useEditorSnapshot } from './useEditorSnapshot';
import { Button } from '../design/Button';

interface ActionRow {
  key: string;
  itemKey: string | null;
  owner: string;
  what: string;
  due: string | null;
}

function $readActions(): ActionRow[] {
  const rows: ActionRow[] = [];
  let itemKey: string | null = null;
  for (const node of $minutesBlocks()) {
    if ($isAgendaItemNode(node)) itemKey = node.getKey();
    else if ($isActionNode(node)) {
      const fields = node.getFields();
      rows.push({ key: node.getKey(), itemKey, owner: fields.ownerName, what: node.getTextContent(), due: fields.due });
    }
  }
  return rows;
}

export function ActionsPanel() {
  const [editor] = useLexicalComposerContext();
  const read = useCallback(() => $readActions(), []);
  const actions = useEditorSnapshot(read, []);
  const store = outlineStoreFor(editor);
  const { entries } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const numberOf = (itemKey: string | null) => entries.find((entry) => entry.key === itemKey)?.number ?? '—';

  const goTo = (key: string) => {
    editor.update(() => $getNodeByKey(key)?.selectEnd());
    editor.focus();
  };

  if (actions.length === 0)
    return <p className="mb-panel-empty">No actions yet. Press Ctrl+Alt+T to add one, or Ctrl+Alt+Shift+T to turn a sentence into one.</p>;
  return (
    <table className="mb-actions-table" aria-label="Actions">
      <thead>
        <tr>
          <th scope="col">Minute</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">By when</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <tr key={action.key}>
            <td>{numberOf(action.itemKey)}</td>
            <td>{action.owner || 'Not set'}</td>
            <td>
              <Button className="mb-link-button" onPress={() => goTo(action.key)}>
                {action.what || '(no description yet)'}
              </Button>
            </td>
            <td>{action.due ? formatUkDate(action.due) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
