// "Ctrl+Alt+Shift+D" against a keyboard event. Letters and digits match by
// physical key (event.code) so Ctrl+Alt combinations still match on layouts
// where Alt changes the character; Ctrl also matches Cmd on macOS.
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.at(-1) ?? '';
  const wants = (modifier: string) => parts.includes(modifier);
  if ((event.ctrlKey || event.metaKey) !== wants('Ctrl') || event.altKey !== wants('Alt') || event.shiftKey !== wants('Shift')) return false;
  if (/^[A-Z]$/.test(key)) return event.code === `Key${key}`;
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}`;
  if (key === '/') return event.code === 'Slash' || event.key === '/';
  return event.key === key;
}

/** F1 to F12: keys that type nothing, so one may be a shortcut without a modifier. */
export function isFunctionKey(key: string): boolean {
  return /^F([1-9]|1[0-2])$/.test(key);
}
