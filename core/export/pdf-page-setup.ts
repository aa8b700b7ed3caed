// The printed page as CSS: A4, the margins, and the running header and footer
// as @page margin boxes (committee and date left, the marking right; the
// marking left, "Page X of Y" right). Electron's printToPDF and Playwright's
// page.pdf both print with preferCSSPageSize, so the two print the same pages.
// Margin boxes replace Chromium's header/footer templates, which cost about a
// third of the print time on a long meeting (each page rendered them again).
import type { LayoutDocument } from './layout-model';

/** The house font as a CSS font stack; only letters, digits, spaces, commas and hyphens survive. */
export function fontStack(layout: LayoutDocument): string {
  const font = layout.fontFamily.replace(/[^\p{L}\d ,-]/gu, '');
  return `'${font}', Arial, 'Liberation Sans', sans-serif`;
}

/**
 * Clerk text as a CSS string inside <style>. Quotes and backslashes are escaped,
 * and so is every control character (a newline would end the string) and every
 * <, > and & as a hex escape, so "</style>" can never appear in the HTML.
 */
export function cssString(text: string): string {
  const escaped = text.replace(/["\\<>&\p{Cc}]/gu, (char) =>
    char === '"' || char === '\\' ? `\\${char}` : `\\${char.codePointAt(0)!.toString(16).toUpperCase()} `,
  );
  return `"${escaped}"`;
}

export function pageRules(layout: LayoutDocument): string {
  // Each box names the house font and size itself, so the bands do not depend on what the page context inherits.
  const band = (weight: 'normal' | 'bold') => `font-family: ${fontStack(layout)}; font-size: 9pt; font-weight: ${weight}; font-style: normal; color: #000;`;
  const marking = layout.restrictiveMarking ? `content: ${cssString(layout.restrictiveMarking)}; ${band('bold')}` : null;
  const boxes = [
    `@top-left { content: ${cssString(layout.headerText)}; ${band('normal')} text-align: left; }`,
    marking ? `@top-right { ${marking} text-align: right; }` : '',
    marking ? `@bottom-left { ${marking} text-align: left; }` : '',
    `@bottom-right { content: "Page " counter(page) " of " counter(pages); ${band('normal')} text-align: right; }`,
  ];
  return `@page {
  size: A4;
  margin: 0.9in 0.8in;
${boxes
  .filter(Boolean)
  .map((box) => `  ${box}`)
  .join('\n')}
}`;
}
