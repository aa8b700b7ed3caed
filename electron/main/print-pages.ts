// One-shot pages for the hidden print window: the minutes' HTML is held in
// memory and served once by the app's own protocol (app-protocol.ts), so the
// print window loads through a route the app's request filter allows, not a
// data: URL that filter would cancel. No Electron import.
import { randomUUID } from 'node:crypto';
import { PRINT_ORIGIN } from './renderer-location';

const pages = new Map<string, string>();

export interface PublishedPrintPage {
  url: string;
  withdraw(): void;
}

export function publishPrintPage(html: string): PublishedPrintPage {
  const id = randomUUID();
  pages.set(id, html);
  return { url: `${PRINT_ORIGIN}/${id}.html`, withdraw: () => void pages.delete(id) };
}

/** The HTML behind a print URL, or undefined once withdrawn (or never published). */
export function printPageFor(url: string): string | undefined {
  if (!url.startsWith(`${PRINT_ORIGIN}/`)) return undefined;
  const id = new URL(url).pathname.replace(/^\//, '').replace(/\.html$/, '');
  return pages.get(id);
}
