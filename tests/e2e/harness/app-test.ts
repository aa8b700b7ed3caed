// The Playwright fixture every end-to-end test uses: the built renderer in real
// Chromium, bridged to the real handler table, real files in a temp folder.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../../electron/main/adapters/atomic-write';
import { nodeFileStore } from '../../../electron/main/adapters/node-file-store';
import { createChromiumPdfPrinter } from '../../../scripts/chromium-pdf-printer';
import { createHandlerTable } from '../../../electron/main/handlers/handler-table';
import type { HandlerTable } from '../../../electron/main/ports/handler-types';
import { nodeTemplateFolders } from '../../../electron/main/meetings/node-template-folders';
import type { SettingsService } from '../../../electron/main/settings/settings-service';
import { repositoryTemplatesDirectory } from '../../electron/support/test-deps';
import { bridgePage, emitAssistiveTechnology } from './bridge';
import { DiskFaults } from './disk-faults';
import { ScriptedDialogs } from './scripted-dialogs';
import { startStaticServer, type StaticServer } from './static-server';
import { createTestSettings } from './test-settings';
import { TestWindows } from './test-windows';

export const RENDERER_DIRECTORY = path.resolve(__dirname, '../../../.vite/renderer/main_window');

export interface AppHarness {
  page: Page;
  table: HandlerTable;
  dialogs: ScriptedDialogs;
  windows: TestWindows;
  settings: SettingsService;
  /** Makes saving documents fail as a full, read-only or missing disk would. */
  diskFaults: DiskFaults;
  /** A fresh folder for this test's files. */
  workDir: string;
  /** Reloads the page, as a crash and restart of the window would. */
  reload(): Promise<void>;
  /** Opens the window main was last asked to open, as Electron would. */
  openRequestedWindow(): Promise<Page>;
  /** Words main added to the spellchecker's dictionary, in order. */
  spellingWords: string[];
  /**
   * Starts or stops "assistive technology" as Electron would report it: main's
   * answer from now on, and its push to the page. It starts running, the safe
   * case in which the page draws every block.
   */
  setAssistiveTechnology(running: boolean): Promise<void>;
}

export const test = base.extend<{ app: AppHarness }, { server: StaticServer }>({
  server: [
    // Playwright requires an object pattern here, even an empty one.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startStaticServer(RENDERER_DIRECTORY);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, server, context }, use, testInfo) => {
    const workDir = testInfo.outputPath('files');
    await mkdir(workDir, { recursive: true });
    const dialogs = new ScriptedDialogs();
    const windows = new TestWindows();
    const settings = createTestSettings(testInfo.outputPath('settings'));
    const diskFaults = new DiskFaults(nodeFileStore);
    // Launched only when a test exports a PDF.
    const printer = createChromiumPdfPrinter();
    const spellingWords: string[] = [];
    let assistiveTechnologyRunning = true;
    const table = createHandlerTable({
      files: diskFaults,
      dialogs,
      clock: { now: () => new Date() },
      windows,
      settings,
      storage: { dataDirectory: testInfo.outputPath('app-data') },
      templates: nodeTemplateFolders(repositoryTemplatesDirectory),
      exports: {
        printer,
        chooseExportPath: (context, suggestedName) => dialogs.chooseSavePath(context, suggestedName),
        writeFile: (filePath, bytes) => writeFileAtomic(filePath, bytes),
      },
      reviewFiles: {
        chooseWordFile: () => dialogs.chooseFileToOpen(),
        chooseReviewCopyPath: (context, suggestedName) => dialogs.chooseSavePath(context, suggestedName),
      },
      agendaFiles: { chooseAgendaFile: () => dialogs.chooseFileToOpen() },
      spelling: { addWords: (words) => spellingWords.push(...words) },
      assistiveTechnology: { isRunning: () => assistiveTechnologyRunning },
    });

    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });

    const open = async (target: Page, windowId: number) => {
      await bridgePage(target, table, windowId);
      await target.goto(`${server.url}/index.html`);
      await expect(target.getByTestId('document-name')).not.toBeEmpty();
    };
    await open(page, 1);

    await use({
      page,
      table,
      dialogs,
      windows,
      settings,
      diskFaults,
      workDir,
      spellingWords,
      setAssistiveTechnology: async (running) => {
        assistiveTechnologyRunning = running;
        for (const shown of context.pages()) await emitAssistiveTechnology(shown, running);
      },
      reload: async () => {
        await page.reload();
        await expect(page.getByTestId('document-name')).not.toBeEmpty();
      },
      openRequestedWindow: async () => {
        const next = await context.newPage();
        await open(next, windows.claimWindowId());
        return next;
      },
    });
    await printer.close();
    expect(pageErrors, 'the page logged errors').toEqual([]);
  },
});

export { expect };

export function editorOf(page: Page) {
  return page.getByRole('textbox', { name: 'Minutes' });
}
