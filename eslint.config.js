import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import compat from 'eslint-plugin-compat';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'storybook-static/',
      'bench/node_modules/',
      'bench/build/',
      'tmp/',
      'coverage/',
      'test/wordpress/.cache/',
      'examples/*/node_modules/',
      'examples/*/dist/',
      'examples/*/out/',
      'examples/*/.next/',
      'examples/next/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
    },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The code that runs in a visitor's browser stays inside package.json's "browserslist"
    // (README "Browser support"); a feature newer than that needs a guard (`'x' in window`,
    // `?.`) that the plugin sees, or it fails here.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    ...compat.configs['flat/recommended'],
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
);
