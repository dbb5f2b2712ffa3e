// ESLint flat config. `npm run lint` runs `eslint . --max-warnings=0`: a warning fails the build like an error.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Why the engine may not touch these: its output must depend only on the scenario and the seed, and the same code
// must run unchanged in a browser Web Worker and in Node (CLI, tests, benchmarks).
const PURE = 'simulations/ is a pure, deterministic engine that runs unchanged in a Web Worker and in Node';
const TIME = `${PURE}: use the engine's simulated clock and scheduler, not wall-clock time or host timers.`;
const HOST = `${PURE}: it must not depend on a host environment; take what you need as an argument.`;
const UI = `${PURE}: UI code lives in components/ and app/, which import the engine, never the other way round.`;

const engineGlobals = [
  ...['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'requestAnimationFrame'].map(
    (name) => ({ name, message: TIME }),
  ),
  { name: 'Date', message: TIME },
  { name: 'performance', message: `${TIME} Benchmarks live in *.bench.ts or scripts/.` },
  ...['window', 'document', 'localStorage'].map((name) => ({ name, message: HOST })),
  { name: 'process', message: `${HOST} Only simulations/cli/ may read argv, env or exit codes.` },
];

// Node globals for the plain JavaScript files (configs and scripts/*.mjs); TypeScript files get theirs from @types/node.
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'].map((name) => [
    name,
    'readonly',
  ]),
);

export default defineConfig([
  globalIgnores(['.next/', 'node_modules/', 'public/', 'playwright-report/', 'test-results/', 'reports/', 'next-env.d.ts']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },

  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  {
    files: ['**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },

  {
    files: ['simulations/**/*.{ts,tsx,mts,js,mjs}'],
    ignores: ['simulations/cli/**', '**/*.test.ts', '**/*.bench.ts'],
    rules: {
      'no-restricted-globals': ['error', ...engineGlobals],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: `${PURE}: draw from the seeded generator of the node or link instead, so runs repeat.`,
        },
        // Engines round these differently in the last bit (Chromium and Node disagree), and one bit moves a whole run.
        ...['log', 'exp', 'pow', 'sin', 'cos', 'tan', 'log1p', 'log2', 'log10', 'expm1', 'cbrt', 'atan', 'atan2', 'asin', 'acos', 'sinh', 'cosh', 'tanh', 'hypot'].map((property) => ({
          object: 'Math',
          property,
          message: `${PURE}: use simulations/core/portable-math, which gives the same bits in every JavaScript engine.`,
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: UI },
            { name: 'react-dom', message: UI },
            { name: 'next', message: UI },
            { name: 'zustand', message: `${UI} UI state stores belong to components/ and lib/.` },
            { name: 'fs', message: `${HOST} File access belongs to simulations/cli/ or scripts/.` },
            { name: 'path', message: `${HOST} File access belongs to simulations/cli/ or scripts/.` },
          ],
          patterns: [
            { group: ['react-dom/*', 'react/*'], message: UI },
            { group: ['next/*'], message: UI },
            { group: ['zustand/*'], message: UI },
            { group: ['@xyflow/*'], message: `${UI} The canvas is a client of the engine.` },
            { group: ['node:*'], message: `${HOST} Node-only code belongs to simulations/cli/ or scripts/.` },
            { group: ['fs/*', 'path/*'], message: `${HOST} File access belongs to simulations/cli/ or scripts/.` },
          ],
        },
      ],
    },
  },
]);
