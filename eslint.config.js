import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/*.tmp.*', 'dist', 'dist-cli', 'bench/browser/dist', 'coverage', 'test-results', 'playwright-report', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is text: never render it as HTML.' },
      ],
    },
  },
  {
    // The `arus` command and the script that bundles it run in Node.
    files: ['bin/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The domain is plain TypeScript: no React, no store, no canvas, no browser-only code.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/domain must not depend on React.' },
            { group: ['zustand', 'zustand/*', 'immer'], message: 'src/domain must not depend on the store.' },
            { group: ['@xyflow/*'], message: 'src/domain must not depend on React Flow.' },
            { group: ['**/io/**', '**/store/**', '**/canvas/**', '**/panels/**', '**/app/**', '**/cli/**'], message: 'Dependencies point one way: domain imports nothing of the app.' },
            { group: ['**/i18n', '**/i18n/**'], message: 'The domain speaks in codes; src/i18n renders them, not the other way round.' },
          ],
        },
      ],
    },
  },
  {
    // The tidy layout is plain TypeScript on the domain and elkjs: the store and the app call it.
    files: ['src/layout/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', 'immer', '@xyflow/*'], message: 'src/layout is plain TypeScript: no React, no store, no React Flow.' },
            { group: ['**/io/**', '**/store/**', '**/canvas/**', '**/panels/**', '**/app/**', '**/cli/**', '**/i18n', '**/i18n/**'], message: 'src/layout uses the domain only.' },
          ],
        },
      ],
    },
  },
  {
    // The shared document is plain TypeScript on the domain: the store builds on it, not the reverse.
    files: ['src/collab/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', 'immer', '@xyflow/*'], message: 'src/collab is plain TypeScript: no React, no store, no React Flow.' },
            { group: ['**/io/**', '**/store/**', '**/canvas/**', '**/panels/**', '**/app/**', '**/cli/**'], message: 'src/collab uses the domain only.' },
          ],
        },
      ],
    },
  },
  {
    // The room server runs in Node: it shares the room address rules with the page, nothing of the UI.
    files: ['server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', 'immer', '@xyflow/*'], message: 'The server has no UI.' },
            { group: ['**/src/store/**', '**/src/canvas/**', '**/src/panels/**', '**/src/app/**', '**/src/i18n/**', '**/src/io/**'], message: 'The server uses src/collab and src/domain only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/io/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/store/**', '**/canvas/**', '**/panels/**', '**/app/**'], message: 'io and cli use domain (and io) only.' }],
          // Only the plain-TypeScript modules of i18n (language, format, domain): its index brings React.
          paths: ['../i18n', '../i18n/index', '../i18n/LanguageContext', '../i18n/useMessages'].map((name) => ({
            name, message: 'io and cli use the plain modules of src/i18n only (language, format, domain).',
          })),
        },
      ],
    },
  },
);
