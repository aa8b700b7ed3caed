// Layout → a self-contained HTML page that Chromium prints as the PDF. Built
// for a tagged PDF: real headings (h1 council, h2 items and appendices, h3
// parts), real lists and tables with header cells, lang and title set, so the
// structure tree and outline come from the markup. Every text is escaped.
import { escapeHtml, toBase64 } from './html-escape';
import type { LayoutBlock, LayoutDocument, LayoutRun } from './layout-model';
import { fontStack, pageRules } from './pdf-page-setup';

/** A line break (Shift+Enter) is a real one; a tab keeps its width, as in the editor and the DOCX. */
function textHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => line.split('\t').map(escapeHtml).join('<span class="mb-tab">\t</span>'))
    .join('<br>');
}

function runHtml(run: LayoutRun): string {
  let html = textHtml(run.text);
  if (run.underline) html = `<u>${html}</u>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}

const runsHtml = (runs: ReadonlyArray<LayoutRun>) => runs.map(runHtml).join('');

function blockHtml(block: LayoutBlock): string {
  switch (block.kind) {
    case 'title':
      return `<h1 class="mb-title">${escapeHtml(block.text)}</h1>`;
    case 'heading': {
      const tag = `h${block.level + 1}`;
      const id = block.anchor ? ` id="${escapeHtml(`item-${block.anchor}`)}"` : '';
      // Text run on from the title is the item's, not the heading's: it keeps the body's weight.
      const runOn = block.runOn ? ` <span class="mb-run-on">${runsHtml(block.runOn)}</span>` : '';
      return `<${tag}${id}>${escapeHtml(block.text)}${runOn}</${tag}>`;
    }
    case 'paragraph':
      return `<p${block.keepWithNext ? ' class="mb-keep-next"' : ''}>${runsHtml(block.runs)}</p>`;
    case 'list': {
      const list = (ordered: boolean, items: LayoutRun[][], nested: (index: number) => string) => {
        const tag = ordered ? 'ol' : 'ul';
        return `<${tag}>${items.map((item, index) => `<li>${runsHtml(item)}${nested(index)}</li>`).join('')}</${tag}>`;
      };
      const sublists = block.sublists ?? [];
      return list(block.ordered, block.items, (index) =>
        sublists
          .filter((sublist) => sublist.after === index)
          .map((sublist) => list(sublist.ordered, sublist.items, () => ''))
          .join(''),
      );
    }
    case 'label-lines': {
      // A table with row headers: "Present:" is the header of the names beside it (and under it), so the tagged
      // PDF pairs each label with its text instead of leaving loose lines. Continuation lines share the label's row.
      const rows: Array<{ label: string; texts: string[] }> = [];
      for (const line of block.lines) {
        const last = rows.at(-1);
        if (line.label === '' && last) last.texts.push(line.text);
        else rows.push({ label: line.label, texts: [line.text] });
      }
      const body = rows
        .map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${row.texts.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}</td></tr>`)
        .join('');
      return `<table class="mb-heading-lines"><tbody>${body}</tbody></table>`;
    }
    case 'table': {
      const head = `<thead><tr>${block.header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead>`;
      const body = `<tbody>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}</tbody>`;
      // The caption names the table for screen readers; the heading above already shows it.
      return `<table><caption class="mb-hidden">${escapeHtml(block.caption)}</caption>${head}${body}</table>`;
    }
    case 'signature':
      return `<div class="mb-signature"><p class="mb-signature-name">${escapeHtml(block.name)}</p><p>${escapeHtml(block.role)}</p>${
        block.dateLine ? `<p>${escapeHtml(block.dateLine)}</p>` : ''
      }</div>`;
    case 'note':
      return `<p class="mb-note">${escapeHtml(block.text)}</p>`;
  }
}

function styles(layout: LayoutDocument): string {
  return `
${pageRules(layout)}
html { font-family: ${fontStack(layout)}; font-size: ${layout.fontSizePt}pt; line-height: 1.35; color: #000; }
body { margin: 0; }
h1, h2, h3, h4 { font-size: 1em; font-weight: bold; margin: 1.2em 0 0.5em; break-after: avoid; }
h1.mb-title { font-size: 1.4em; margin-top: 0; }
.mb-run-on { font-weight: normal; }
p { margin: 0 0 0.7em; }
.mb-keep-next { break-after: avoid; }
ol, ul { margin: 0 0 0.7em; padding-left: 2.2em; }
/* A text bullet, not the painted disc: the disc is a shape, so the PDF's text (copied, read aloud, indexed) lost it. */
ul { list-style-type: '\\2022\\00a0\\00a0'; }
li { margin-bottom: 0.4em; }
li > ol, li > ul { margin: 0.4em 0 0; }
.mb-tab { white-space: pre; tab-size: 4; }
h4 { font-style: italic; }
.mb-heading-lines { margin-bottom: 1.5em; width: auto; }
table.mb-heading-lines th, table.mb-heading-lines td { border: none; padding: 0 0 0.2em; font-weight: normal; }
table.mb-heading-lines th { width: 14em; font-weight: bold; padding-right: 0.3em; }
table.mb-heading-lines td p { margin: 0 0 0.2em; }
.mb-section-break { break-before: page; }
.mb-logo { display: block; max-height: 2.5cm; max-width: 8cm; margin-bottom: 1em; }
.mb-signature { margin-top: 2.5em; break-inside: avoid; }
.mb-signature p { margin: 0 0 0.3em; }
.mb-signature-name { font-weight: bold; }
.mb-note { margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
caption.mb-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
th, td { border: 1px solid #000; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
`;
}

export function renderLayoutHtml(layout: LayoutDocument): string {
  const logo = layout.logo
    ? `<img class="mb-logo" src="data:image/${layout.logo.type === 'jpg' ? 'jpeg' : 'png'};base64,${toBase64(layout.logo.data)}" alt="${escapeHtml(layout.logo.altText)}">`
    : '';
  const sections = layout.sections
    .map(
      (section, index) =>
        `<section${section.newPage ? ' class="mb-section-break"' : ''}>${index === 0 ? logo : ''}${section.blocks.map(blockHtml).join('\n')}</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${layout.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(layout.title)}</title>
<meta name="author" content="${escapeHtml(layout.author)}">
<meta name="description" content="${escapeHtml(layout.subject)}">
<style>${styles(layout)}</style>
</head>
<body>
<main>
${sections}
</main>
</body>
</html>
`;
}
