// The agenda outline: items with their minute numbers, the current one
// highlighted. Enter (or click) jumps to an item; Alt+Arrow keys (or drag and
// drop) reorder items, and the numbers follow.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { $getNodeByKey } from 'lexical';
import { $isAgendaItemNode } from '../editor/nodes/AgendaItemNode';
import { $enterAgendaItem, $moveAgendaItem, $moveAgendaItemBefore } from '../editor/outline/agenda-sections';
import { outlineStoreFor } from '../editor/outline/outline-store';
import './minutes-panels.css';

export function OutlinePanel() {
  const [editor] = useLexicalComposerContext();
  const store = outlineStoreFor(editor);
  const { entries, currentKey } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [dragKey, setDragKey] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const focusEntry = (key: string) => requestAnimationFrame(() => listRef.current?.querySelector<HTMLButtonElement>(`[data-key="${key}"]`)?.focus());

  const jump = (key: string) => {
    editor.update(() => {
      const item = $getNodeByKey(key);
      if ($isAgendaItemNode(item)) $enterAgendaItem(item);
    });
    editor.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number, key: string) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      editor.update(() => void $moveAgendaItem(key, event.key === 'ArrowUp' ? 'up' : 'down'));
      focusEntry(key);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const next = entries[index + (event.key === 'ArrowUp' ? -1 : 1)];
      if (next) focusEntry(next.key);
    }
  };

  if (entries.length === 0) return <p className="mb-panel-empty">No agenda items yet. Type / and choose “Agenda item”, or press Ctrl+Alt+I.</p>;
  return (
    <nav aria-label="Agenda outline">
      <p className="mb-panel-hint">Enter jumps to an item; Alt+↑/↓ moves it.</p>
      <ol ref={listRef} className="mb-outline">
        {entries.map((entry, index) => (
          <li
            key={entry.key}
            draggable
            onDragStart={() => setDragKey(entry.key)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              if (dragKey) editor.update(() => void $moveAgendaItemBefore(dragKey, entry.key));
              setDragKey(null);
            }}
          >
            <button
              type="button"
              data-key={entry.key}
              aria-current={entry.key === currentKey ? 'true' : undefined}
              className={entry.key === currentKey ? 'mb-outline-current' : undefined}
              onClick={() => jump(entry.key)}
              onKeyDown={(event) => onKeyDown(event, index, entry.key)}
            >
              <span className="mb-outline-number">{entry.number}</span> {entry.title || '(untitled item)'}
              {entry.urgent && <span className="mb-outline-flag"> urgent</span>}
              {entry.exempt && <span className="mb-outline-flag"> exempt</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
