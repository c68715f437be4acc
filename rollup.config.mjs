import { readdirSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// Every module under src/ that is an entry point: the index, the core, each define module and
// each component class. The npm build keeps modules (lit external); the CDN bundle inlines Lit.
const entries = [
  'src/index.ts',
  'src/core/index.ts',
  'src/cli/index.ts',
  'src/react/index.ts',
  ...readdirSync('src/define').map(f => `src/define/${f}`),
  ...readdirSync('src/core/locales').map(f => `src/core/locales/${f}`),
  ...readdirSync('src/components', { withFileTypes: true })
    .filter(d => d.isDirectory())
    .map(d => `src/components/${d.name}/${d.name}.ts`),
];

// Collapse whitespace in html``, svg`` and css`` templates. Keep the closing slash of empty
// SVG elements: without it `<circle …>` swallows the next shape (SVG is parsed as HTML here).
const minifyTemplates = () =>
  minifyHTML({ options: { minifyOptions: { keepClosingSlash: true } } });

// lit and tslib (the decorators' helper) are dependencies: the app's bundler shares one copy;
// node: built-ins are the CLI's (dist/cli/), which runs in Node only.
// `react` is an optional peer dependency: only `myocheck/react` imports it (and `@lit/react`).
const external = id =>
  id === 'lit' ||
  id.startsWith('lit/') ||
  id.startsWith('@lit/') ||
  id === 'tslib' ||
  id.startsWith('node:') ||
  id === 'react';

export default [
  {
    input: entries,
    external,
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
    // html`` and css`` templates are minified here too: apps bundling the npm modules rarely
    // minify template literals themselves (JS stays readable; only template whitespace goes)
    plugins: [typescript({ tsconfig: 'tsconfig.build.json' }), minifyTemplates()],
  },
  {
    input: 'src/index.ts',
    // one file: the parts other builds load when needed (languages, the validator) are inside
    output: {
      file: 'dist/myocheck.bundle.js',
      format: 'esm',
      sourcemap: false,
      inlineDynamicImports: true,
    },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({
        tsconfig: 'tsconfig.build.json',
        declaration: false,
        declarationDir: undefined,
        outDir: 'dist',
      }),
      // collapse whitespace in html`` and css`` templates
      minifyTemplates(),
      terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
];
