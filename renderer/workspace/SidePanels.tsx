// The side panels beside the editor (attendance, actions, history…), chosen
// from a rail of tabs grouped under Meeting, Review and Library. The rail is
// React Aria's Tabs: one Tab stop, the arrow keys (and Home, End) move along it
// and open the panel they reach, and the tab list and panel name each other.
// Escape in a panel gives the minutes back the keyboard with the caret where
// the clerk left it: marking a late arrival mid-sentence (Ctrl+Shift+A, L,
// Escape) must not send the next words to the top of the minutes, where
// Lexical puts the caret when the page's focus comes back without one.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { BaseSelection } from 'lexical';
import { useEffect, useRef, useState, type FocusEvent, type HTMLAttributes, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { matchesShortcut } from '../editor/commands/shortcut-match';
import { keepCaret, restoreCaret } from '../editor/kept-caret';
import { panelRegistry } from '../panels/panel-registry';
import { panelKeys } from '../panels/panel-types';
import type { PanelGroup, PanelProps } from '../panels/panel-types';

const panelGroupNames: Record<PanelGroup, string> = { meeting: 'Meeting', review: 'Review', library: 'Library' };

/** Whether some of `field` shows, in the panel and in the window. */
function inSight(field: HTMLElement, panel: HTMLElement): boolean {
  const [box, area] = [field.getBoundingClientRect(), panel.getBoundingClientRect()];
  return box.bottom > Math.max(area.top, 0) && box.top < Math.min(area.bottom, window.innerHeight);
}

export function SidePanels(props: PanelProps) {
  const [activeId, setActiveId] = useState(panelRegistry[0]?.id ?? null);
  const [editor] = useLexicalComposerContext();
  const caret = useRef<BaseSelection | null>(null);
  /** The open panel's element (only the open one is drawn). */
  const openPanel = useRef<HTMLDivElement>(null);

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
      const match = panelRegistry.find((panel) => panelKeys(panel).some((keys) => matchesShortcut(event, keys)));
      if (!match) return;
      event.preventDefault();
      // The panel is drawn and given the keyboard before this key event ends, so the very next
      // key already lands there: a fast typist's first letters (Ctrl+Shift+A, L; select words,
      // Ctrl+Shift+E, type) went to the minutes while the panel waited for a frame.
      flushSync(() => setActiveId(match.id));
      // The field the shortcut is for, when the panel names one (the Review panel's comment, the register); otherwise the panel.
      const panel = openPanel.current;
      const target = panel?.querySelector<HTMLElement>('[data-shortcut-focus]') ?? panel;
      // Not scrolled to when some of it is in sight already: the browser would scroll a register taller than the
      // panel to its top edge, hiding the quorum line above it. Out of sight (panels under the page when zoomed), its
      // chosen row (the register's next person) is brought into sight.
      if (panel && target && target !== panel) {
        target.focus({ preventScroll: true });
        if (!inSight(target, panel)) (target.querySelector<HTMLElement>('[aria-selected="true"]') ?? target).scrollIntoView({ block: 'nearest' });
      } else target?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (panelRegistry.length === 0) return null;
  const active = panelRegistry.find((panel) => panel.id === activeId) ?? panelRegistry[0]!;
  return (
    <aside className="mb-side-panels" aria-label="Panels" onFocus={keepCaretFromMinutes} onKeyDown={backToMinutes}>
      <Tabs orientation="vertical" selectedKey={active.id} onSelectionChange={(key) => setActiveId(String(key))} className="mb-panel-rail">
        <TabList aria-label="Panels" className="mb-panel-tabs">
          {panelRegistry.map((panel, index) => {
            const Icon = panel.icon;
            const startsGroup = panelRegistry[index - 1]?.group !== panel.group;
            const keys = panelKeys(panel);
            const tooltip = keys.length > 0 ? `${panel.title} (${keys.join(' or ')})` : panel.title;
            return (
              <Tab
                key={panel.id}
                id={panel.id}
                className="mb-panel-tab"
                data-starts-group={startsGroup || undefined}
                // The tooltip names the panel and its key when the rail shows icons only.
                render={(attributes) => <div {...(attributes as HTMLAttributes<HTMLDivElement>)} title={tooltip} />}
              >
                {/* The group's name is for the eye (drawn above its first tab); each tab's own name says what it opens. */}
                {startsGroup ? (
                  <span className="mb-panel-group" aria-hidden="true">
                    {panelGroupNames[panel.group]}
                  </span>
                ) : null}
                <Icon className="mb-panel-tab-icon" size={16} strokeWidth={1.75} />
                <span className="mb-panel-tab-title">{panel.title}</span>
              </Tab>
            );
          })}
        </TabList>
        {/* One per tab, as React Aria expects; only the open one is drawn. It keeps tabIndex -1 whatever it holds: a panel
            shortcut gives it the keyboard at once, and React Aria's own tabIndex (0 until the panel's fields are drawn, then
            none) would drop that focus when the fields arrive a moment later. */}
        {panelRegistry.map((panel) => (
          <TabPanel
            key={panel.id}
            id={panel.id}
            ref={panel.id === active.id ? openPanel : undefined}
            className="mb-panel"
            render={(attributes) => <div {...attributes} tabIndex={-1} />}
          >
            <panel.component {...props} />
          </TabPanel>
        ))}
      </Tabs>
    </aside>
  );
}
