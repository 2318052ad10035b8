// Lint for Clearance: the recommended rule sets, no stylistic rules (Prettier formats), and the walls
// between the rooms as import rules a machine checks (CONTRIBUTING.md, "Walls").
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---- The walls, one restriction each; each room below lists the ones that hold for it. ----

/** Node's own modules, with or without the node: prefix. */
const NODE_BUILTINS = {
  name: 'node',
  pattern: {
    regex: `^(?:node:.*|(?:${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(?:/.*)?)$`,
    message:
      'Node built-ins run only in cli/, bench/, scripts/ and test/: the engine and the browser faces run in Word and the browser.',
  },
};

/** A face reaches the engine through its front door. */
const DEEP_SHARED = {
  name: 'deep-shared',
  pattern: {
    regex: '(?:^|/)shared/(?!index(?:\\.ts)?$).+',
    message: 'Faces (addin/, extension/, cli/) import the engine only through shared/index.ts.',
  },
};

/** compromise is wrapped once, so its quirks and its cost stay in one file. */
const COMPROMISE = {
  name: 'compromise',
  pattern: {
    regex: '^compromise(?:/.*)?$',
    message: 'Only shared/nlp/compromise.ts imports compromise; use its functions.',
  },
};

/** The engine knows nothing of the faces. */
const FACES_FROM_ENGINE = {
  name: 'faces',
  pattern: { regex: '(?:^|/)(?:addin|extension|cli)/', message: 'The engine (shared/) never imports a face.' },
};

const faceFrom = (self) => ({
  name: 'other-faces',
  pattern: {
    regex: `(?:^|/)(?:${['addin', 'extension', 'cli'].filter((f) => f !== self).join('|')})/`,
    message: 'A face does not import another face; shared code belongs in shared/.',
  },
});

/** The pane (components and their logic) is handed a Word adapter (PaneActions); only its types may be imported there. */
const WORD_FROM_PANE = {
  name: 'word',
  pattern: {
    regex: '(?:^|/)(?:word|office)/',
    allowTypeImports: true,
    message:
      'The pane (addin/src/app/, addin/src/clearance/) never calls Word: it uses the PaneActions adapter main.tsx hands to App (import types only).',
  },
};

/** Rules for one room, built from its walls; flat config replaces a rule's options, so each file gets exactly one set. */
function room(files, walls, { ignores = [], globalsOf = {}, wordGlobals = false } = {}) {
  const dynamic = walls.map((w) => `ImportExpression[source.value=/${w.pattern.regex.replaceAll('/', '\\x2F')}/]`);
  const syntax = [
    ...dynamic.map((selector, i) => ({ selector, message: walls[i].pattern.message })),
    ...(wordGlobals
      ? [
          {
            selector: 'MemberExpression[object.name=/^(?:Word|Office|OfficeExtension)$/]',
            message: 'The pane never calls Word or Office directly: go through the PaneActions adapter.',
          },
        ]
      : []),
  ];
  return {
    files,
    ignores,
    languageOptions: { globals: globalsOf },
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: walls.map((w) => ({
            regex: w.pattern.regex,
            message: w.pattern.message,
            ...(w.pattern.allowTypeImports ? { allowTypeImports: true } : {}),
          })),
        },
      ],
      'no-restricted-syntax': syntax.length ? ['error', ...syntax] : 'off',
      'no-restricted-globals': wordGlobals
        ? [
            'error',
            ...['Word', 'Office', 'OfficeExtension'].map((name) => ({
              name,
              message: 'The pane never calls Word or Office directly: go through the PaneActions adapter.',
            })),
          ]
        : 'off',
    },
  };
}

// Build tooling inside a face runs in Node at build time, not in Word or the browser.
const FACE_BUILD_TOOLING = [
  'addin/vite.config.ts',
  'addin/scripts/**',
  'extension/wxt.config.ts',
  'extension/scripts/**',
];
// Only addin/src/word/, addin/src/office/ and main.tsx talk to Office.js.
const PANE = ['addin/src/app/**', 'addin/src/clearance/**'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.output/**',
      '**/.wxt/**',
      'coverage/**',
      'addin/public/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.es2023 } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `x!` after a check the compiler cannot follow (noUncheckedIndexedAccess) is deliberate here.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Readers and redaction look for control characters on purpose (binary sniffing, XML-illegal characters).
    files: ['shared/readers/**', 'shared/redact/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['addin/**/*.{ts,tsx}', 'extension/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
      // React Compiler advice (the project does not use the compiler): reported, not failed.
      'react-hooks/set-state-in-effect': 'warn',
    },
  },
  {
    files: ['addin/src/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
    },
  },
  {
    files: ['extension/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.webextensions } },
  },
  {
    files: ['cli/**', 'bench/**', 'scripts/**', 'test/**', 'bin/**', '*.{js,ts,mjs}', ...FACE_BUILD_TOOLING],
    languageOptions: { globals: { ...globals.node } },
  },

  // ---- Walls, room by room ----
  room(['shared/**/*.ts'], [NODE_BUILTINS, COMPROMISE, FACES_FROM_ENGINE], { ignores: ['shared/nlp/compromise.ts'] }),
  room(['shared/nlp/compromise.ts'], [NODE_BUILTINS, FACES_FROM_ENGINE]),
  room(['addin/**/*.{ts,tsx}'], [NODE_BUILTINS, DEEP_SHARED, COMPROMISE, faceFrom('addin')], {
    ignores: [...FACE_BUILD_TOOLING, ...PANE],
  }),
  room(PANE, [NODE_BUILTINS, DEEP_SHARED, COMPROMISE, faceFrom('addin'), WORD_FROM_PANE], {
    wordGlobals: true,
  }),
  room(['extension/**/*.{ts,tsx}'], [NODE_BUILTINS, DEEP_SHARED, COMPROMISE, faceFrom('extension')], {
    ignores: FACE_BUILD_TOOLING,
  }),
  room(FACE_BUILD_TOOLING, [DEEP_SHARED, COMPROMISE]),
  room(['cli/**/*.ts'], [DEEP_SHARED, COMPROMISE, faceFrom('cli')]),
);
