// Lint is where the layering is enforced: each folder may import only what its runtime allows.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'stream',
  'util',
  'events',
  'url',
  'zlib',
  'worker_threads',
];
const nativeModules = ['better-sqlite3', 'node-hid', 'serialport', '@serialport/*', 'escpos'];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'build',
      'dist',
      'test-results',
      'playwright-report',
      '.kiosk-data',
      '.electron-native',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
      'no-console': 'off',
    },
  },
  {
    // The contract is shared by every layer: zod, the text rules in text/ and nothing else.
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|\\./|\\.\\./contract/|\\.\\./text/).*',
              message: 'contract/ may import only zod, text/ and itself.',
            },
          ],
        },
      ],
    },
  },
  {
    // Rules both the contract and the upstream client apply (e.g. what text may travel), which
    // neither may import from the other: plain functions that import nothing at all.
    files: ['text/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./).*',
              message: 'text/ imports nothing but itself: contract/ and upstream/ both use it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer runs in a sandboxed page: no Node, no Electron, no devices, and the contract
    // only as types (the services validate; the page just calls).
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to the kiosk only through the API client.',
            },
          ],
          patterns: [
            {
              group: [...nodeBuiltins, ...nativeModules],
              message: 'The renderer runs in a browser page.',
            },
            {
              group: ['**/electron/**', '**/db/**', '**/hardware/**', '**/upstream/**'],
              message: 'The renderer reaches services only through the API client.',
            },
            {
              // contract/transport and contract/constants hold plain values (names, lists), no zod.
              group: ['**/contract/**', '!**/contract/transport.js', '!**/contract/constants.js'],
              allowTypeImports: true,
              message: 'The renderer imports the contract as types only (import type …).',
            },
            { group: ['zod'], message: 'Validation happens in the services, not the page.' },
          ],
        },
      ],
    },
  },
  {
    // Devices and storage are plain Node libraries: no UI, no Electron, no upward imports.
    files: ['db/**/*.ts', 'hardware/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-*', 'i18next', 'electron'],
              message: 'db/ and hardware/ are UI- and shell-free.',
            },
            {
              group: ['**/electron/**', '**/renderer/**', '**/upstream/**', '**/demo/**'],
              message: 'db/ and hardware/ sit below the services.',
            },
          ],
        },
      ],
    },
  },
  {
    // Services are plain Node so tests run them without Electron; only electron/shell/ imports it.
    files: ['electron/**/*.ts'],
    ignores: ['electron/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Only electron/shell/ may import electron.' },
            {
              group: ['react', 'react-dom', '**/renderer/**'],
              message: 'Services do not import UI code.',
            },
          ],
        },
      ],
      // A production kiosk never loads demo/: the services see its shape as types only, and
      // demoKitLoader.ts loads it with a dynamic import in demo mode only.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/demo/**'],
              allowTypeImports: true,
              message: 'The services never import demo/ (types only); demoKitLoader.ts loads it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The Electron shell, likewise: the preload names the demo calls from their types only.
    files: ['electron/shell/**/*.{ts,cts}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/demo/**'],
              allowTypeImports: true,
              message: 'The shell never imports demo/ (types only); demoKitLoader.ts loads it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The reference centre is a separate program (a stand-in for a platform the kiosk's team did
    // not write): it has its own wire vocabulary and is given its directory as data.
    files: ['centre/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/contract/**',
                '**/db/**',
                '**/demo/**',
                '**/electron/**',
                '**/hardware/**',
                '**/renderer/**',
                '**/upstream/**',
              ],
              message:
                'The reference centre is a separate program: it imports nothing of the kiosk.',
            },
          ],
        },
      ],
    },
  },
  {
    // The kiosk's upstream client speaks to any platform through its own wire schemas: it knows
    // nothing of the kiosk's contract, storage, shell or devices, nor of the reference centre.
    files: ['upstream/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/contract/**',
                '**/db/**',
                '**/demo/**',
                '**/electron/**',
                '**/hardware/**',
                '**/renderer/**',
                '**/centre/**',
              ],
              message:
                'upstream/ is the kiosk-to-platform client: it imports neither the kiosk nor the reference centre.',
            },
          ],
        },
      ],
    },
  },
  {
    // A sandboxed preload must be CommonJS; `import x = require()` is how TypeScript writes that.
    files: ['electron/shell/preload.cts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern, even an empty one.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
