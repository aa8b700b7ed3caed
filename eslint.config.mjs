// Lint rules, including the architecture's import boundaries, by folder (a
// relative path is checked as well as a package name):
// - core/ is pure and imports nothing outside core/;
// - the renderer never touches Electron, Node or electron/ (it reaches main
//   only through window.minuteBook), and electron/ never imports the renderer;
// - in electron/main, imports run one way: index.ts → the handler table →
//   handler files → ports. Only the table imports handler files, only
//   index.ts imports the table, and the ports import only each other (and the
//   settings service's type);
// - the handler table and what it is built from never touch Electron (so the
//   Chromium tests can bridge to it).
// Cycles are npm run lint:cycles's job (.dependency-cruiser.cjs).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'net'];

/** A relative import that reaches into one of the named top-level folders. */
const into = (...folders) => `^\\.{1,2}/(.*/)?(${folders.join('|')})(/|$)`;

const layers = {
  corePackages: {
    group: ['electron', 'electron/*', 'react', 'react-dom', 'react/*', 'lexical', '@lexical/*', ...nodeBuiltins],
    message: 'core/ is pure TypeScript: no Electron, React, Lexical, DOM or Node.',
  },
  coreFolders: {
    regex: into('electron', 'renderer', 'tests', 'scripts'),
    message: 'core/ imports nothing outside core/: the shell and the renderer depend on core, never the other way.',
  },
  rendererPackages: { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'The renderer reaches main only through window.minuteBook.' },
  rendererFolders: {
    regex: into('electron', 'tests', 'scripts'),
    message: 'The renderer reaches main only through window.minuteBook, never by importing electron/.',
  },
  shellFolders: {
    regex: into('renderer', 'tests', 'scripts'),
    message: 'electron/ never imports the renderer (or tests and scripts): the page is reached through IPC.',
  },
  devTools: {
    group: ['playwright', 'playwright/*', '@playwright/*'],
    message: 'Playwright is for tests and scripts; the app prints with Electron (electron/main/export/electron-export-services.ts).',
  },
  handlerFiles: {
    regex: '(^|/)[\\w.-]+-handlers$',
    message: 'Only the handler table imports handler files. Share a step through a module both can import (documents/, storage/, meetings/).',
  },
  handlerTable: { regex: '(^|/)handler-table$', message: 'Only index.ts imports the handler table. Handler types are in ports/handler-types.ts.' },
  portsOnly: {
    regex: '^\\.\\./(?!\\.\\./\\.\\./core/|settings/settings-service$)',
    message: 'The ports are the bottom layer: they import only each other, core/ and the settings service.',
  },
};
const noElectron = { name: 'electron', message: 'Handlers are plain functions; pass Electron in through HandlerDeps (ports/handler-deps.ts).' };

/** One no-restricted-imports entry for a set of files: a file takes the last block that matches it, so each block lists all its layers. */
const restrict = (files, patterns, { paths = [], ignores = [] } = {}) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

const tableFile = 'electron/main/handlers/handler-table.ts';
const plainShell = [
  'electron/main/handlers/**/*.ts',
  'electron/main/**/*-handlers.ts',
  'electron/main/documents/**/*.ts',
  'electron/main/ipc/dispatch.ts',
  'electron/main/settings/settings-*.ts',
  'electron/main/adapters/node-*.ts',
  'electron/main/adapters/atomic-write.ts',
];

export default tseslint.config(
  { ignores: ['node_modules', '.vite', 'out', '.tmp', '.tools', 'dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='sendSync']", message: 'Use invoke/handle only.' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  restrict(['core/**/*.ts'], [layers.corePackages, layers.coreFolders]),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  restrict(['renderer/**/*.{ts,tsx}'], [layers.rendererPackages, layers.rendererFolders, layers.devTools]),
  restrict(['electron/**/*.ts'], [layers.shellFolders, layers.devTools]),
  restrict(['electron/main/**/*.ts'], [layers.shellFolders, layers.devTools, layers.handlerFiles, layers.handlerTable], {
    ignores: [tableFile, 'electron/main/index.ts'],
  }),
  restrict(['electron/main/index.ts'], [layers.shellFolders, layers.devTools, layers.handlerFiles]),
  restrict(plainShell, [layers.shellFolders, layers.devTools, layers.handlerFiles, layers.handlerTable], { paths: [noElectron], ignores: [tableFile] }),
  restrict([tableFile], [layers.shellFolders, layers.devTools], { paths: [noElectron] }),
  restrict(['electron/main/ports/**/*.ts'], [layers.shellFolders, layers.devTools, layers.handlerFiles, layers.handlerTable, layers.portsOnly], {
    paths: [noElectron],
  }),
);
