// Small helpers shared by the block nodes' DOM export and import: every field
// of a block travels as a data-* attribute so pasted or exported HTML comes
// back as the same node with the same fields.
import { $getDocument } from 'lexical';

export type DataFields = Record<string, string | number | boolean | null>;

/** Sets (or removes, for null) data-* attributes; booleans as "true"/"false". */
export function setDataFields(element: HTMLElement, fields: DataFields): void {
  for (const [name, value] of Object.entries(fields)) {
    const attribute = `data-${name}`;
    if (value === null) element.removeAttribute(attribute);
    else element.setAttribute(attribute, String(value));
  }
}

export function createBlockElement(tag: string, className: string, fields: DataFields): HTMLElement {
  const element = $getDocument().createElement(tag);
  element.className = className;
  setDataFields(element, fields);
  return element;
}

export function readString(element: HTMLElement, name: string): string | null {
  return element.getAttribute(`data-${name}`);
}

export function readBoolean(element: HTMLElement, name: string): boolean {
  return element.getAttribute(`data-${name}`) === 'true';
}

/** The attributes that changed between two field sets, so updateDOM touches only those. */
export function patchDataFields(element: HTMLElement, previous: DataFields, next: DataFields): void {
  const changed: DataFields = {};
  for (const name of Object.keys(next)) if (previous[name] !== next[name]) changed[name] = next[name] ?? null;
  setDataFields(element, changed);
}
