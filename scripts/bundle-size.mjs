// How the size tests and scripts/size-parts.mjs measure an entry of dist/: bundled with what it
// imports (Lit included) and minified by esbuild, as an app would ship it, then gzip -9.
// Parts loaded with import() (a language, the validator, the quiz's summary) become chunks of
// their own, as an app's bundler makes them: the figures are what a page loads up front.
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Bytes after gzip -9 (node:zlib level 9). */
export const gzip9 = bytes => gzipSync(bytes, { level: 9 }).length;

/**
 * The byte budgets `npm test` holds, exact in bytes gzip -9 of what a page fetches (the pages
 * through the loader: test/size/loader.test.mjs; the one-file bundle: test/size/budget.test.mjs).
 * They are what the features cost, settled in issue 22. Raising one needs a line in CHANGELOG.md
 * ("Unreleased") that says what the bytes bought. Raised once since (CHANGELOG, 0.3): from
 * 26,000 / 26,500 / 40,000 / 40,000 to what the safe results, the phone fixes and the
 * languages of that round cost, with about 150 B of room each.
 */
export const BUDGETS = {
  /** dist/cdn/myocheck.js, the only file a page fetches before an element is due */
  loader: 2500,
  /** an article with a checklist and a banner, through the loader */
  article: 28000,
  /** <myo-self-check> up to its first step, through the loader */
  quizFirstStep: 28000,
  /** <myo-self-check> through its result step (body map, banner and summary loaded on the way) */
  quizResult: 42600,
  /** dist/myocheck.bundle.js: Lit, every element, English and Spanish, the FHIR export */
  bundle: 43700,
};

const fmt = n => n.toLocaleString('en-US');

/** `what: 25,592 B gzip -9 (budget 26,000: 408 B to spare)`, or `OVER by …`. */
export function budgetLine(what, bytes, budget) {
  const margin = budget - bytes;
  const headroom = margin >= 0 ? `${fmt(margin)} B to spare` : `OVER by ${fmt(-margin)} B`;
  return `${what}: ${fmt(bytes)} B gzip -9 (budget ${fmt(budget)}: ${headroom})`;
}

/**
 * `entry` (absolute, or relative to the repository root) bundled and minified, split where it
 * loads parts later. Returns what loads up front (the entry's chunk and the chunks it imports
 * statically): their code, its gzip -9 size (each file compressed on its own, as each is
 * fetched), esbuild's inputs (`bytesInOutput` per module) and the lazy chunks' total gzip.
 * `plugins` go to esbuild.
 */
export async function bundleMinified(entry, plugins = []) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: 'out', // not written: only names the chunks
    write: false,
    metafile: true,
    absWorkingDir: root, // lit resolves from the root node_modules
    logLevel: 'silent',
    plugins,
  });
  const outputs = result.metafile.outputs;
  const files = new Map(
    result.outputFiles.map(f => [f.path.slice(root.length).replace(/^\//, ''), f.contents]),
  );
  // the entry's own chunk: parts loaded with import() have an entryPoint too, listed in no set
  // order (with more of them, the first one listed is not always the entry's)
  const wanted = relative(root, resolve(root, entry)).split(sep).join('/');
  const [entryOut] =
    Object.entries(outputs).find(([, o]) => o.entryPoint === wanted) ??
    Object.entries(outputs).find(([, o]) => o.entryPoint) ??
    [];
  const upFront = new Set();
  const visit = file => {
    if (upFront.has(file)) return;
    upFront.add(file);
    for (const i of outputs[file].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entryOut);
  const code = Buffer.concat([...upFront].map(f => Buffer.from(files.get(f))));
  const gzip = [...upFront].reduce((sum, f) => sum + gzip9(files.get(f)), 0);
  const inputs = Object.assign({}, ...[...upFront].map(f => outputs[f].inputs));
  const lazyGzip = Object.keys(outputs)
    .filter(f => f.endsWith('.js') && !upFront.has(f))
    .reduce((sum, f) => sum + gzip9(files.get(f)), 0);
  return { code, gzip, inputs, lazyGzip };
}
