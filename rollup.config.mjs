import { readFileSync, readdirSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transformSync } from 'esbuild';
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

// The CDN build (dist/cdn/): the loader alone, and one chunk per element's define module with
// code-split shared chunks (Lit, the core and the store are each in one chunk, fetched once;
// the parts loaded when needed, such as languages, are chunks of their own).
const cdnElements = readdirSync('src/define').map(f => f.replace(/\.ts$/, ''));
// The chunks each element's chunk imports (transitively), for the loader: filled in when the
// CDN build writes its chunks, written into the loader (built after it) as CHUNKS.
const cdnChunks = {};
const recordChunks = () => ({
  name: 'myocheck-cdn-chunks',
  generateBundle(_, bundle) {
    const imports = file => bundle[file]?.imports ?? [];
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
      const all = new Set();
      const visit = file => imports(file).forEach(f => all.has(f) || (all.add(f), visit(f)));
      visit(chunk.fileName);
      // the element's own chunk first
      cdnChunks[chunk.name] = [chunk.fileName, ...all];
    }
  },
});
// The loader's style sheet (src/loader/reserve.css): each `$<tag>` filled in with that element's
// height from src/shared/reserved-heights.ts (the table its class reads too), minified, inlined
// as text into the loader and written beside it as dist/cdn/myocheck.css for pages that link it.
const loaderStyle = () => ({
  name: 'myocheck-loader-style',
  async load(id) {
    if (!id.endsWith('.css')) return null;
    const table = transformSync(readFileSync('src/shared/reserved-heights.ts', 'utf8'), {
      loader: 'ts',
      format: 'esm',
    }).code;
    const { RESERVED_HEIGHTS: heights } = await import(
      `data:text/javascript;base64,${Buffer.from(table).toString('base64')}`
    );
    const unused = new Set(Object.keys(heights));
    const css = readFileSync(id, 'utf8')
      .replace(/\$(myo-[a-z-]+)/g, (_, tag) => {
        if (!heights[tag]) this.error(`${id}: no reserved height for ${tag}`);
        unused.delete(tag);
        return heights[tag];
      })
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{}:;,])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
    if (unused.size) this.error(`${id}: reserves no space for ${[...unused].join(', ')}`);
    this.emitFile({ type: 'asset', fileName: 'myocheck.css', source: css + '\n' });
    return `export default ${JSON.stringify(css)};`;
  },
});
// The one-file bundle holds every language it can load, up front: it keeps English and Spanish
// and leaves out the loaders of the other shipped languages (about 3 KB gzip each), so its size
// holds. A page on the one-file bundle gets those through the loader (dist/cdn/) or a pack that
// carries their text.
const BUNDLE_OMITS = ['fr', 'de', 'pt', 'ar'];
const onlySpanishInBundle = () => ({
  name: 'myocheck-bundle-languages',
  transform(code, id) {
    if (!/src[\\/]core[\\/]languages\.ts$/.test(id)) return null;
    let left = code;
    for (const lang of BUNDLE_OMITS) {
      const line = new RegExp(`\\s*${lang}: \\(\\) => import\\('\\./locales/${lang}\\.js'\\),`);
      if (!line.test(left)) this.error(`src/core/languages.ts: no loader line for "${lang}"`);
      left = left.replace(line, '');
    }
    return { code: left, map: null };
  },
});
const production = () => nodeResolve({ exportConditions: ['production'] });
const minify = () =>
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } });

// lit and tslib (the decorators' helper) are dependencies: the app's bundler shares one copy;
// node: built-ins and xliff (a dependency) are the CLI's (dist/cli/), which runs in Node only.
// `react` is an optional peer dependency: only `myocheck/react` imports it (and `@lit/react`).
const external = id =>
  id === 'lit' ||
  id.startsWith('lit/') ||
  id.startsWith('@lit/') ||
  id === 'tslib' ||
  id.startsWith('node:') ||
  id === 'react' ||
  id.startsWith('xliff');

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
      onlySpanishInBundle(),
      production(),
      typescript({
        tsconfig: 'tsconfig.build.json',
        declaration: false,
        declarationDir: undefined,
        outDir: 'dist',
      }),
      // collapse whitespace in html`` and css`` templates
      minifyTemplates(),
      minify(),
    ],
  },
  {
    input: Object.fromEntries(cdnElements.map(tag => [tag, `src/define/${tag}.ts`])),
    // an element's chunk may export more than its define module does, so that it holds the code
    // defining the element (no facade re-exporting it from a shared chunk): the loader's retry of
    // a failed element chunk then covers the definition itself
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'esm',
      // every chunk's name has a hash of its content: a CDN may cache it forever (the loader,
      // which knows their names, is the one file that keeps its name)
      entryFileNames: '[name]-[hash].js',
      // the parts loaded when needed keep their module's name (es-…, validate-…, result-…)
      chunkFileNames: chunk => (chunk.isDynamicEntry ? '[name]-[hash].js' : 'shared-[hash].js'),
      // no merging of small chunks: merged, a part one page needs (a language, the summary's
      // text) would land in the chunk every page fetches
    },
    plugins: [
      // package.json's sideEffects names published files (dist/), not src/: here every define
      // module a define module imports for its side effect (self-check's inner elements) stays
      nodeResolve({ exportConditions: ['production'], ignoreSideEffectsForRoot: true }),
      typescript({
        tsconfig: 'tsconfig.build.json',
        declaration: false,
        declarationDir: undefined,
        outDir: 'dist/cdn',
      }),
      minifyTemplates(),
      minify(),
      recordChunks(),
    ],
  },
  {
    // the loader: no import, nothing of the library (tsconfig.build.json leaves it out of npm)
    input: 'src/loader/myocheck.ts',
    output: {
      file: 'dist/cdn/myocheck.js',
      format: 'esm',
      intro: () => `const CHUNKS = ${JSON.stringify(cdnChunks)};`,
    },
    plugins: [
      loaderStyle(),
      typescript({
        tsconfig: false,
        include: ['src/loader/*.ts'],
        compilerOptions: {
          target: 'ES2021',
          module: 'ESNext',
          strict: true,
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        },
      }),
      minify(),
    ],
  },
];
