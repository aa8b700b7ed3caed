// One place that maps app commands to actions, reached both from the keyboard
// and from the native menu (which sends the same command names).
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MenuCommand } from '../../core/ipc/contract';
import { minuteBookApi } from '../ipc/minute-book-api';

export type CommandHandlers = Partial<Record<MenuCommand, () => void>>;

const shortcuts: ReadonlyArray<{ key: string; shift: boolean; command: MenuCommand }> = [
  { key: 's', shift: false, command: 'save' },
  { key: 's', shift: true, command: 'save-as' },
  { key: 'o', shift: false, command: 'open' },
  { key: 'n', shift: false, command: 'new' },
  { key: 'e', shift: false, command: 'export' },
  { key: 'd', shift: true, command: 'compare-versions' },
  { key: 'f', shift: false, command: 'find' },
  { key: 'h', shift: false, command: 'replace' },
];

export function useAppCommands(handlers: CommandHandlers): void {
  const current = useRef(handlers);
  useLayoutEffect(() => {
    current.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const match = shortcuts.find((item) => item.key === event.key.toLowerCase() && item.shift === event.shiftKey);
      const handler = match && current.current[match.command];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown, true);
    const unsubscribe = minuteBookApi().onMenuCommand((command) => current.current[command]?.());
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      unsubscribe();
    };
  }, []);
}
