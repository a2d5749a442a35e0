// ESLint for the whole repository (flat config, typescript-eslint). Formatting is Prettier's
// (.prettierrc.json); these rules are about correctness and the size limits the project keeps:
// files of at most ~300 lines and functions of at most ~60, so each reads as one concern. The
// limits warn rather than fail: Prettier's wrapping lengthened some functions past them, and
// each warning is a split still to make (docs/architecture.md).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        ignores: [
            '**/node_modules/**',
            '**/out/**',
            '**/dist/**',
            'action/dist/**',
            '.e2e/**',
            'test-results/**',
            'packages/language/src/generated/**',
            'packages/render/src/text-metrics-table.ts',
            'packages/render/src/text-metrics-scripts-table.ts',
            '**/*.d.ts',
            '**/*.d.mts'
        ]
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    prettier,
    {
        languageOptions: { globals: { ...globals.node } },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
            '@typescript-eslint/no-non-null-assertion': 'off',
            'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
            // Escaping control characters in user text (terminal, workflow commands, XML) means matching them.
            'no-control-regex': 'off',
            eqeqeq: ['error', 'always'],
            'prefer-const': 'error'
        }
    },
    {
        files: ['packages/*/src/**/*.ts', 'scripts/**/*.mjs', 'packaging/**/*.mjs', 'bench/**/*.mjs', 'action/*.cjs'],
        rules: {
            'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
            'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true }]
        }
    },
    {
        // TypeScript checks names itself (and knows the DOM and Node types each package loads).
        files: ['**/*.ts'],
        rules: { 'no-undef': 'off' }
    },
    {
        files: ['**/*.cjs'],
        languageOptions: { sourceType: 'commonjs' },
        rules: { '@typescript-eslint/no-require-imports': 'off' }
    },
    {
        // The preview runs in the webview; benchmarks and screenshots run functions inside the page.
        files: ['packages/webview/src/preview/**/*.ts', 'bench/**/*.mjs', 'packages/webview/scripts/**/*.mjs'],
        languageOptions: { globals: { ...globals.browser } }
    }
);
