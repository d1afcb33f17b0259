// Flat config. Type-aware rules for TypeScript; import boundaries keep shared/ pure and the
// renderer away from Node, Electron and raw IPC. Formatting is Prettier's job, so no style rules here.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = {
  paths: builtinModules
    .filter((name) => !name.startsWith('_'))
    .map((name) => ({ name, message: 'Node modules are not available here; move this code to electron/.' })),
  patterns: [
    { group: ['node:*'], message: 'Node modules are not available here; move this code to electron/.' },
  ],
};
const noElectron = {
  name: 'electron',
  message: 'The page and shared code cannot use Electron; go through the Api from shared/contract.',
};
const noRawIpc = {
  name: 'electron',
  importNames: ['ipcRenderer', 'ipcMain'],
  message:
    'Raw IPC lives only in electron/main.ts and electron/preload.ts; add a call to shared/contract instead.',
};
const tests = ['**/*.test.ts', '**/*.test.tsx', 'test/**'];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      'tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      parserOptions: {
        // First match wins: renderer first (covers shared/ too), so only two programs are built.
        project: [
          './tsconfig.renderer.json',
          './tsconfig.node.json',
          './tsconfig.shared.json',
          './tsconfig.test-dom.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-imports': ['error', { paths: [noRawIpc] }],
    },
  },
  {
    // Plain JavaScript (this file, scripts, the bin shim) is not in any tsconfig.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node, parserOptions: { project: null, projectService: false } },
  },
  {
    files: ['electron/**', 'scripts/**', 'test/**', 'bin/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The two files that wire IPC are the only ones allowed to touch it.
    files: ['electron/main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: [...tests, 'renderer/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [...nodeBuiltins.paths, noElectron], patterns: nodeBuiltins.patterns },
      ],
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.flat.recommended.rules },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: tests,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins.paths, noElectron],
          patterns: [
            ...nodeBuiltins.patterns,
            {
              regex: '(^|/)(renderer|electron)(/|$)',
              message: 'shared/ is imported by both sides, so it may not import from renderer/ or electron/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests poke at untyped fixtures and mocks on purpose.
    files: tests,
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
