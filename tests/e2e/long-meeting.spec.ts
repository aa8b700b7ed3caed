// A long meeting, most of it off screen. The outline's jump puts the caret in a
// far item and shows it; Find shows a match far down the page; typing there is
// autosaved, block by block, into the file. With assistive technology running,
// the paragraphs out of view are in the accessibility tree, so a screen
// reader's browse mode reads them; with none, the editor skips drawing them,
// each agenda item's section as one (content-visibility: auto, which in this
// Chromium takes them out of that tree), and the jump, Find and typing must
// still reach them, and the resolutions must be numbered as when drawn whole.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { editorOf, expect, test, type AppHarness } from './harness/app-test';
import { testMinutesText } from '../core/library/library-documents';
import { PART_SIZE } from '../../renderer/editor/nodes/AgendaPartNode';

const ITEMS = 40;
const filler = (item: number, paragraph: number) =>
  `Paragraph ${paragraph} of item ${item}: members discussed the report at length, asked about the budget, staffing and the timetable, and officers answered each question in turn before the debate moved on.`;

async function openLongMeeting({ page, dialogs, workDir }: AppHarness) {
  const filePath = path.join(workDir, 'Full Council 23 March 2022.minutes');
  const items = Array.from({ length: ITEMS }, (_, index) => ({
    title: `Item ${index + 1} report`,
    blocks: [
      ...Array.from({ length: 4 }, (__, paragraph) => ({ kind: 'text' as const, text: filler(index + 1, paragraph + 1) })),
      { kind: 'resolution' as const, text: `The report on item ${index + 1} be noted.` },
      { kind: 'resolution' as const, text: `Officers report back on item ${index + 1}.` },
    ],
  }));
  items[36]!.blocks[2] = { kind: 'text', text: 'The clerk recorded the word kaleidoscope here only.' };
  await writeFile(filePath, testMinutesText({ committeeId: 'council', committeeName: 'Full Council', date: '2022-03-23', items }));
  dialogs.answerNextOpen(filePath);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('document-name')).toHaveText('Full Council 23 March 2022');
  const far = editorOf(page).locator('p').filter({ hasText: 'Paragraph 2 of item 33:' });
  await expect(far).not.toBeInViewport();
  return filePath;
}

/** Whether the accessibility tree holds a node named with these words. */
async function inAccessibilityTree(page: Page, words: string): Promise<boolean> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: Array<{ name?: { value?: unknown } }> };
  await session.detach();
  return nodes.some((node) => String(node.name?.value ?? '').includes(words));
}

/**
 * The number the page shows before a resolution (CSS counters, so in no DOM text): read from the accessibility
 * tree, where Chromium puts the generated "2." as the paragraph's first child.
 */
async function resolutionNumberOf(page: Page, words: string): Promise<string> {
  const resolution = editorOf(page).locator('p.mb-resolution').filter({ hasText: words });
  await resolution.scrollIntoViewIfNeeded();
  await resolution.evaluate((element) => element.setAttribute('data-number-probe', ''));
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Accessibility.enable');
    const { root } = (await session.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId } = (await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-number-probe]' })) as { nodeId: number };
    const { nodes } = (await session.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as { nodes: Array<{ childIds?: string[] }> };
    const marker = nodes[0]?.childIds?.[0];
    if (!marker) return '';
    const { nodes: parts } = (await session.send('Accessibility.getChildAXNodes', { id: marker })) as {
      nodes: Array<{ role?: { value?: unknown }; name?: { value?: unknown } }>;
    };
    return parts
      .filter((part) => part.role?.value === 'StaticText')
      .map((part) => String(part.name?.value ?? ''))
      .join('');
  } finally {
    await resolution.evaluate((element) => element.removeAttribute('data-number-probe'));
    await session.detach();
  }
}

/**
 * Each item's resolutions are numbered from 1 however the page is drawn. Read until the number shows: a resolution
 * scrolled to from far away is drawn (and reaches the accessibility tree) a frame or two later, once its part and
 * its section are in view; until then it has no number at all, never a wrong one.
 */
async function expectResolutionsNumbered(page: Page) {
  for (const item of [2, 33]) {
    await expect.poll(() => resolutionNumberOf(page, `The report on item ${item} be noted.`)).toBe('1.');
    await expect.poll(() => resolutionNumberOf(page, `Officers report back on item ${item}.`)).toBe('2.');
  }
}

/** The outline's jump and typing there, Find to a far word, and the autosave of what was typed. */
async function reachTheFarParts(page: Page, filePath: string) {
  const editor = editorOf(page);
  // The outline's jump: the far item is shown and the caret is in it.
  await page.keyboard.press('Control+Shift+o');
  const outline = page.getByRole('navigation', { name: 'Agenda outline' });
  await outline.getByRole('option', { name: /^33 ITEM 33 REPORT$/i }).click();
  await expect(editor).toBeFocused();
  const heading = editor.locator('h2.mb-agenda-item').nth(32);
  await expect(heading).toBeInViewport();
  await page.keyboard.type('Late arrival noted. ');
  await expect(editor.locator('h2.mb-agenda-item, p').filter({ hasText: 'Late arrival noted.' })).toBeInViewport();
  const typedInItem = await editor.locator('h2.mb-agenda-item, p').evaluateAll((blocks) => {
    let item = '';
    for (const block of blocks) {
      if (block.matches('h2')) item = block.textContent ?? '';
      if (block.textContent?.includes('Late arrival noted.')) return item;
    }
    return null;
  });
  expect(typedInItem).toMatch(/Item 33 report/i);

  // Find: a word far down the page is found, and Enter goes to it.
  await page.keyboard.press('Control+f');
  await page.getByRole('search', { name: 'Find' }).getByRole('textbox', { name: 'Find' }).fill('kaleidoscope');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await page.keyboard.press('Enter');
  await expect(editor.locator('p').filter({ hasText: 'kaleidoscope' })).toBeInViewport();

  // The typing reaches the file (the autosave sends only the changed block; main rebuilds the rest).
  await expect.poll(async () => readFile(filePath, 'utf8'), { timeout: 10_000 }).toContain('Late arrival noted.');
  const saved = await readFile(filePath, 'utf8');
  for (let item = 1; item <= ITEMS; item += 13) expect(saved).toContain(filler(item, 4));
  expect(saved).toContain('The clerk recorded the word kaleidoscope here only.');
}

test('with a screen reader running, a long meeting is drawn whole: the parts out of view are read out and reached', async ({ app }) => {
  const filePath = await openLongMeeting(app);
  await expect(editorOf(app.page)).not.toHaveAttribute('data-skip-offscreen');
  // Off screen, still read out: the accessibility tree holds a far paragraph's words.
  expect(await inAccessibilityTree(app.page, 'Paragraph 3 of item 38:')).toBe(true);
  await reachTheFarParts(app.page, filePath);
  await expectResolutionsNumbered(app.page);
});

test('with no screen reader, the parts out of view are skipped in drawing, yet reached; one starting draws them again', async ({ app }) => {
  // Main says so from the start: the page asks when it loads.
  await app.setAssistiveTechnology(false);
  await app.reload();
  const filePath = await openLongMeeting(app);
  const editor = editorOf(app.page);
  await expect(editor).toHaveAttribute('data-skip-offscreen', 'true');
  // Skipped as whole parts of a dozen items and, in a part, as whole agenda items: the far paragraph's section, one
  // per item, in its part.
  const far = editor.locator('p').filter({ hasText: 'Paragraph 2 of item 33:' });
  await expect(far.locator('xpath=ancestor::section[1]')).toHaveCSS('content-visibility', 'auto');
  await expect(far.locator('xpath=ancestor::div[contains(@class, "mb-part")][1]')).toHaveCSS('content-visibility', 'auto');
  const skipped = await editor.locator(':scope > *, :scope > .mb-part > *').evaluateAll((blocks) =>
    blocks
      .filter((block) => getComputedStyle(block).contentVisibility === 'auto')
      .map((block) => ({
        part: block.matches('div.mb-part'),
        section: block.matches('section.mb-section'),
        counters: ['counterIncrement', 'counterSet'].map((name) => getComputedStyle(block)[name as 'counterSet']).join(' '),
      })),
  );
  expect(skipped.filter((block) => block.section)).toHaveLength(ITEMS);
  expect(skipped.filter((block) => block.part)).toHaveLength(Math.ceil(ITEMS / PART_SIZE));
  // Never a single block that counts (a resolution, a condition): its containment would number each one "1.".
  expect(skipped.filter((block) => block.counters !== 'none none')).toEqual([]);
  await reachTheFarParts(app.page, filePath);
  await expectResolutionsNumbered(app.page);

  // A screen reader starts: main tells the page, which draws every block, and the far words are in the tree.
  await app.setAssistiveTechnology(true);
  await expect(editor).not.toHaveAttribute('data-skip-offscreen');
  const farAbove = editor.locator('p').filter({ hasText: 'Paragraph 3 of item 2:' });
  await expect(farAbove).not.toBeInViewport();
  await expect(farAbove).toHaveCSS('content-visibility', 'visible');
  expect(await inAccessibilityTree(app.page, 'Paragraph 3 of item 2:')).toBe(true);
});
