// Keeps Tab inside an open dialog. A modal <dialog> already makes the page
// behind it inert, but past its last field the browser would move the keyboard
// out of the page altogether (to nowhere a clerk can see); here Tab goes round
// to the first field again, and Shift+Tab from the first to the last.

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** The fields Tab stops at inside the dialog, in order (a radio group stops once, at its chosen button). */
export function tabStopsIn(root: HTMLElement): HTMLElement[] {
  const candidates = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.tabIndex >= 0 && element.getClientRects().length > 0 && !element.closest('[inert]'),
  );
  return candidates.filter((element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || !element.name) return true;
    const group = candidates.filter(
      (other): other is HTMLInputElement => other instanceof HTMLInputElement && other.type === 'radio' && other.name === element.name,
    );
    const chosen = group.find((radio) => radio.checked);
    return chosen ? chosen === element : group[0] === element;
  });
}

/** On Tab at either end of the dialog, goes round to the other end; true when it moved the focus. */
export function keepTabInside(root: HTMLElement, event: { key: string; shiftKey: boolean; preventDefault(): void }): boolean {
  if (event.key !== 'Tab') return false;
  const stops = tabStopsIn(root);
  const first = stops[0];
  const last = stops.at(-1);
  const active = root.ownerDocument.activeElement;
  if (!first || !last) {
    // Nothing to stop at: the keyboard stays on the dialog itself.
    event.preventDefault();
    return true;
  }
  // From the dialog itself, from outside it, or with no stop beyond the focus in that direction: go round.
  const inside = active instanceof HTMLElement && active !== root && root.contains(active);
  const beyond = (stop: HTMLElement) =>
    Boolean(active && active.compareDocumentPosition(stop) & (event.shiftKey ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING));
  if (inside && stops.some(beyond)) return false;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
  return true;
}
