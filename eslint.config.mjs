// Lint rules, including the architecture's import boundaries: core is pure,
// the renderer never touches Electron or Node, the handler table never
// touches Electron (so the Chromium tests can bridge to it).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'net'];

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
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', 'react', 'react-dom', 'react/*', 'lexical', '@lexical/*', ...nodeBuiltins], message: 'core/ is pure TypeScript: no Electron, React, Lexical, DOM or Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'electron/*', ...nodeBuiltins], message: 'The renderer reaches main only through window.minuteBook.' }] }],
    },
  },
  {
    files: ['electron/main/handlers/**/*.ts', 'electron/main/ipc/dispatch.ts', 'electron/main/settings/settings-*.ts', 'electron/main/adapters/node-*.ts', 'electron/main/adapters/atomic-write.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Handlers are plain functions; pass Electron in through HandlerDeps.' }] }],
    },
  },
);
