// The agenda outline: items with their minute numbers, the current one
// highlighted. A React Aria list box: the arrow keys, Home, End and type-ahead
// (by number or title) walk it, Enter (or a click) jumps to an item; Alt+Arrow
// keys (or drag and drop) reorder items, and the numbers follow.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState, useSyncExternalStore, type HTMLAttributes, type KeyboardEvent } from 'react';
import { ListBox, ListBoxItem } from 'react-aria-components';
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

  const jump = (key: string) => {
    editor.update(() => {
      const item = $getNodeByKey(key);
      if ($isAgendaItemNode(item)) $enterAgendaItem(item);
    });
    editor.focus();
  };

  // Taken before the list box's own keys (which would move the keyboard on to the next item as well): Alt+↑/↓ moves
  // the item under the keyboard, which keeps the keyboard in its new place.
  const moveKeys = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const key = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[role="option"]')?.dataset.key : undefined;
    if (!key) return;
    event.preventDefault();
    event.stopPropagation();
    editor.update(() => void $moveAgendaItem(key, event.key === 'ArrowUp' ? 'up' : 'down'));
    const list = event.currentTarget;
    requestAnimationFrame(() => list.querySelector<HTMLElement>(`[role="option"][data-key="${key}"]`)?.focus());
  };

  if (entries.length === 0) return <p className="mb-panel-empty">No agenda items yet. Type / and choose “Agenda item”, or press Ctrl+Alt+I.</p>;
  return (
    <nav aria-label="Agenda outline" onKeyDownCapture={moveKeys}>
      <p className="mb-panel-hint">Enter jumps to an item; Alt+↑/↓ moves it.</p>
      <ListBox aria-label="Agenda items" className="mb-outline" selectionMode="none" onAction={(key) => jump(String(key))}>
        {entries.map((entry) => (
          <ListBoxItem
            key={entry.key}
            id={entry.key}
            textValue={`${entry.number} ${entry.title}`}
            className={entry.key === currentKey ? 'mb-outline-entry mb-outline-current' : 'mb-outline-entry'}
            // React Aria passes neither aria-current nor drag events to the element; its render hook is the way to add them.
            render={(attributes) => (
              <div
                {...(attributes as HTMLAttributes<HTMLDivElement>)}
                aria-current={entry.key === currentKey ? 'true' : undefined}
                draggable
                onDragStart={() => setDragKey(entry.key)}
                onDragOver={(event) => event.preventDefault()}
                onDrop={(event) => {
                  event.preventDefault();
                  if (dragKey) editor.update(() => void $moveAgendaItemBefore(dragKey, entry.key));
                  setDragKey(null);
                }}
              />
            )}
          >
            <span className="mb-outline-number">{entry.number}</span> {entry.title || '(untitled item)'}
            {entry.urgent && <span className="mb-outline-flag"> urgent</span>}
            {entry.exempt && <span className="mb-outline-flag"> exempt</span>}
          </ListBoxItem>
        ))}
      </ListBox>
    </nav>
  );
}
