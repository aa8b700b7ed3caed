// Main's JavaScript runs on the thread that passes every key the clerk types to the page (Electron's browser process
// runs Node in its UI thread), so long work there is cut into steps with a turn of the event loop between them.

/** Resolves on the event loop's next turn: keys and other work waiting on main's thread go first. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
