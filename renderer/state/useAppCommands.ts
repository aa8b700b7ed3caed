// One place that maps app commands to actions, reached both from the keyboard
// (the keys in core/commands/app-commands.ts) and from the native menu (which
// sends the same command names).
import { useEffect, useLayoutEffect, useRef } from 'react';
import { appCommands } from '../../core/commands/app-commands';
import type { MenuCommand } from '../../core/ipc/contract';
import { matchesShortcut } from '../editor/commands/shortcut-match';
import { minuteBookApi } from '../ipc/minute-book-api';

export type CommandHandlers = Partial<Record<MenuCommand, () => void>>;

const windowKeys = appCommands.filter((entry) => entry.handledBy === 'window');

export function useAppCommands(handlers: CommandHandlers): void {
  const current = useRef(handlers);
  useLayoutEffect(() => {
    current.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const match = windowKeys.find((entry) => matchesShortcut(event, entry.shortcut));
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
