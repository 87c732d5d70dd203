import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'
import { defineConfig, globalIgnores } from 'eslint/config'

const noWallClock = [
  {
    selector: "MemberExpression[object.name='Date'][property.name='now']",
    message: 'Use the virtual clock (world.clock.now()): sim, shell and lab are deterministic.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Use the virtual clock: new Date() reads wall time.',
  },
  {
    selector: "MemberExpression[object.name='Math'][property.name='random']",
    message: 'Use the seeded random source (world.random).',
  },
  {
    selector: "CallExpression[callee.name='setTimeout']",
    message: 'Use clock.sleep / requeueAfter: real timers break determinism.',
  },
  {
    selector: "CallExpression[callee.name='setInterval']",
    message: 'Use the virtual clock: real timers break determinism.',
  },
  {
    selector: "Identifier[name='performance']",
    message: 'No wall-clock timing in deterministic layers.',
  },
]
const uiLibs = (why) => [
  {
    group: ['react', 'react-dom', 'react/*', '@xyflow/*', '@xterm/*', 'zustand', 'zustand/*'],
    message: why,
  },
  { group: ['node:*'], message: 'This layer runs in the browser too: no Node APIs.' },
]

export default defineConfig([
  globalIgnores(['dist', 'test-results', 'playwright-report', 'node_modules']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['src/sim/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/*.bench.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...noWallClock],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...uiLibs('The sim core is plain TypeScript: no UI or state libraries.'),
            {
              group: ['**/shell/**', '**/lab/**', '**/store/**', '**/ui/**', '**/cli/**'],
              message: 'sim imports nothing from other layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shell/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/*.bench.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...noWallClock],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...uiLibs('The shell runs headless: no UI or state libraries.'),
            {
              group: ['**/sim/*/**', '!**/sim/index'],
              message: 'The shell talks to the world through sim/index.ts only.',
            },
            {
              group: ['**/lab/**', '**/store/**', '**/ui/**', '**/cli/**'],
              message: 'shell imports only sim/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lab/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/*.bench.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...noWallClock],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...uiLibs('The lab engine runs headless: no UI or state libraries.'),
            {
              group: ['**/store/**', '**/ui/**', '**/cli/**'],
              message: 'lab imports sim/index.ts and shell/index.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@xyflow/*', '@xterm/*'],
              message: 'The store knows no DOM or components.',
            },
            { group: ['**/ui/**', '**/cli/**'], message: 'store is below ui.' },
          ],
        },
      ],
    },
  },
])
