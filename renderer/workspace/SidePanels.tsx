// The side panels beside the editor (attendance, actions, history…), chosen
// from a rail of tabs grouped under Meeting, Review and Library.
// Escape in a panel gives the minutes back the keyboard with the caret where
// the clerk left it: marking a late arrival mid-sentence (Ctrl+Shift+A, L,
// Escape) must not send the next words to the top of the minutes, where
// Lexical puts the caret when the page's focus comes back without one.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { BaseSelection } from 'lexical';
import { Fragment, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { matchesShortcut } from '../editor/commands/shortcut-match';
import { keepCaret, restoreCaret } from '../editor/kept-caret';
import { panelRegistry } from '../panels/panel-registry';
import type { PanelGroup, PanelProps } from '../panels/panel-types';

const panelGroupNames: Record<PanelGroup, string> = { meeting: 'Meeting', review: 'Review', library: 'Library' };

export function SidePanels(props: PanelProps) {
  const [activeId, setActiveId] = useState(panelRegistry[0]?.id ?? null);
  const [editor] = useLexicalComposerContext();
  const caret = useRef<BaseSelection | null>(null);

  // Focus arriving from the minutes (a panel shortcut, a click, Tab): keep the caret it left.
  // The editor still holds it here; the browser reports the selection's move only later.
  const keepCaretFromMinutes = (event: FocusEvent<HTMLElement>) => {
    const root = editor.getRootElement();
    if (root && event.relatedTarget instanceof Node && root.contains(event.relatedTarget)) caret.current = keepCaret(editor);
  };
  // Escape that no field in the panel used (a row's field goes back to the register first).
  const backToMinutes = (event: ReactKeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    restoreCaret(editor, caret.current);
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const match = panelRegistry.find((panel) => panel.shortcut && matchesShortcut(event, panel.shortcut));
      if (!match) return;
      event.preventDefault();
      // The panel is drawn and given the keyboard before this key event ends, so the very next
      // key already lands there: a fast typist's first letters (Ctrl+Shift+A, L; select words,
      // Ctrl+Shift+E, type) went to the minutes while the panel waited for a frame.
      flushSync(() => setActiveId(match.id));
      // The field the shortcut is for, when the panel names one (the Review panel's comment); otherwise the panel.
      const panel = document.getElementById(`panel-${match.id}`);
      (panel?.querySelector<HTMLElement>('[data-shortcut-focus]') ?? panel)?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (panelRegistry.length === 0) return null;
  const active = panelRegistry.find((panel) => panel.id === activeId) ?? panelRegistry[0]!;
  const Active = active.component;
  return (
    <aside className="mb-side-panels" aria-label="Panels" onFocus={keepCaretFromMinutes} onKeyDown={backToMinutes}>
      <div role="tablist" aria-label="Panels" aria-orientation="vertical" className="mb-panel-tabs">
        {panelRegistry.map((panel, index) => {
          const Icon = panel.icon;
          const startsGroup = panelRegistry[index - 1]?.group !== panel.group;
          return (
            <Fragment key={panel.id}>
              {/* The group's name is for the eye; each tab's own name says what it opens. */}
              {startsGroup ? (
                <div className="mb-panel-group" aria-hidden="true">
                  {panelGroupNames[panel.group]}
                </div>
              ) : null}
              <button
                type="button"
                role="tab"
                id={`tab-${panel.id}`}
                aria-selected={panel.id === active.id}
                aria-controls={`panel-${panel.id}`}
                title={panel.shortcut ? `${panel.title} (${panel.shortcut})` : panel.title}
                onClick={() => setActiveId(panel.id)}
              >
                <Icon className="mb-panel-tab-icon" size={16} strokeWidth={1.75} />
                <span className="mb-panel-tab-title">{panel.title}</span>
              </button>
            </Fragment>
          );
        })}
      </div>
      <section role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`} tabIndex={-1} className="mb-panel">
        <Active {...props} />
      </section>
    </aside>
  );
}
