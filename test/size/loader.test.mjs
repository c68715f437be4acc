// What a page fetches through the loader (dist/cdn/, built by `npm run build`), exact in bytes
// gzip -9 of every JS file: the loader itself, and the loader plus the chunks a page's elements
// import (their static import graph), for the pages of the budget table in README "Size".
//   node --test test/size/loader.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUDGETS, budgetLine, gzip9 } from '../../scripts/bundle-size.mjs';

const cdn = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const fmt = n => n.toLocaleString('en-US');
const LOADER = 'myocheck.js';
const LOADER_BUDGET = BUDGETS.loader;

/** The static imports of a chunk of dist/cdn/ (rollup writes `from"./x.js"` and `import"./x.js"`). */
const importsOf = file =>
  [
    ...readFileSync(cdn + file, 'utf8').matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g),
  ].map(m => m[1]);

/** The chunks a chunk loads when needed (rollup writes `import("./x.js")`). */
const lazyImportsOf = file =>
  [...readFileSync(cdn + file, 'utf8').matchAll(/import\(\s*["']\.\/([\w.-]+\.js)["']\s*\)/g)].map(
    m => m[1],
  );

/**
 * The files a page with `tags` fetches: the loader and each tag's chunk with what it imports,
 * and the parts loaded when needed named by `lazy` (an element's chunk, e.g. `myo-body-map`, or
 * the start of a part's name, e.g. `result`).
 */
export function filesFor(tags, lazy = []) {
  const files = new Set([LOADER]);
  const visit = file => {
    if (files.has(file)) return;
    files.add(file);
    importsOf(file).forEach(visit);
  };
  tags.forEach(tag => visit(chunkOf(tag)));
  for (const file of [...files])
    lazyImportsOf(file)
      .filter(f => lazy.some(name => f.startsWith(`${name}-`)))
      .forEach(visit);
  return [...files];
}

/** The files of dist/cdn/, listed once (`npm test` builds before the Node tests run). */
const cdnFiles = existsSync(cdn) ? readdirSync(cdn) : [];

/** An element's chunk: `myo-x-<hash>.js` (the loader knows the hash; its name carries it). */
export const chunkOf = tag => cdnFiles.find(f => new RegExp(`^${tag}-[\\w-]+\\.js$`).test(f));

const bytes = files => files.reduce((sum, f) => sum + gzip9(readFileSync(cdn + f)), 0);

// The pages of the budget table in README "Size" (English pages); their budgets live in
// scripts/bundle-size.mjs (BUDGETS), and raising one needs a CHANGELOG line.
const PAGES = [
  {
    page: 'an article with <myo-symptom-checklist> and <myo-referral-banner>',
    tags: ['myo-symptom-checklist', 'myo-referral-banner'],
    budget: BUDGETS.article,
  },
  {
    page: '<myo-self-check> up to its first step',
    tags: ['myo-self-check'],
    budget: BUDGETS.quizFirstStep,
  },
  {
    page: '<myo-self-check> through its result step with the summary',
    tags: ['myo-self-check'],
    // its later steps' elements and the result's parts load when the quiz nears them
    lazy: ['myo-body-map', 'myo-referral-banner', 'result'],
    budget: BUDGETS.quizResult,
  },
];

test('dist/cdn/ is built (npm run build)', () => {
  assert.ok(existsSync(cdn + LOADER), 'dist/cdn/myocheck.js is missing: run `npm run build`');
});

test(`the loader dist/cdn/myocheck.js is at most ${fmt(LOADER_BUDGET)} B gzip -9 and imports nothing`, () => {
  const size = bytes([LOADER]);
  console.log(budgetLine('dist/cdn/myocheck.js', size, LOADER_BUDGET));
  assert.ok(size <= LOADER_BUDGET, `the loader is ${fmt(size)} B gzip -9`);
  assert.deepEqual(importsOf(LOADER), [], 'the loader imports no chunk statically');
});

for (const { page, tags, lazy, budget } of PAGES) {
  test(`${page}: the JS fetched through the loader is at most ${fmt(budget)} B gzip -9`, () => {
    assert.ok(existsSync(cdn + LOADER), 'dist/cdn/ is not built');
    const files = filesFor(tags, lazy);
    const size = bytes(files);
    console.log(`${budgetLine(page, size, budget)} in ${files.join(', ')}`);
    assert.ok(size <= budget, `${fmt(size)} B gzip -9, over ${fmt(budget)}`);
  });
}

test('each element chunk exists and registers its tag; shared chunks are shared, not copied', () => {
  const loader = readFileSync(cdn + LOADER, 'utf8');
  const tags = [...new Set([...loader.matchAll(/"(myo-[a-z-]+)"/g)].map(m => m[1]))];
  assert.ok(tags.length >= 4, `the loader names the tags it loads: ${tags.join(', ')}`);
  for (const tag of tags) {
    assert.ok(chunkOf(tag), `dist/cdn/${tag}-<hash>.js for <${tag}>`);
    assert.ok(loader.includes(`"${chunkOf(tag)}"`), `the loader names ${chunkOf(tag)}`);
    const graph = filesFor([tag]).map(f => readFileSync(cdn + f, 'utf8'));
    assert.ok(
      graph.some(text => text.includes(`"${tag}"`) && text.includes('customElements.define')),
      `dist/cdn/${chunkOf(tag)} and what it imports register <${tag}>`,
    );
  }
  // Lit's html tag function appears in one chunk only
  const withLit = filesFor(tags).filter(f => readFileSync(cdn + f, 'utf8').includes('lit-html'));
  assert.ok(withLit.length <= 1, `Lit in one chunk: ${withLit.join(', ')}`);
});

// The languages other than English: each one chunk of its own, fetched only by a page whose
// elements resolve to it (an English page fetches none of them), its size printed. The code
// that adds a language's text (addPackLanguage) is one small chunk the languages share: a page
// in any language other than English fetches it once, beside its language's chunk.
const LANGUAGE_CHUNKS = ['es', 'fr', 'de', 'pt', 'ar'];
test('each shipped language is one chunk, loaded only when used (sizes printed)', () => {
  assert.ok(existsSync(cdn + LOADER), 'dist/cdn/ is not built');
  const quiz = ['myo-body-map', 'myo-referral-banner', 'result'];
  const english = new Set(filesFor(['myo-self-check'], quiz));
  const common = new Set();
  for (const lang of LANGUAGE_CHUNKS) {
    const chunks = cdnFiles.filter(f => new RegExp(`^${lang}-[\\w-]+\\.js$`).test(f));
    assert.equal(chunks.length, 1, `one chunk for "${lang}": ${chunks.join(', ')}`);
    const [chunk] = chunks;
    assert.ok(!english.has(chunk), `an English page does not fetch ${chunk}`);
    // beyond what the quiz already fetched: the language's chunk and the languages' common part
    const more = filesFor(['myo-self-check'], [...quiz, lang]).filter(f => !english.has(f));
    assert.equal(more[0], chunk, `a page in "${lang}" fetches ${chunk}`);
    assert.ok(more.length <= 2, `a page in "${lang}" fetches at most one more chunk: ${more}`);
    more.slice(1).forEach(f => common.add(f));
    console.log(`language ${lang}: ${chunk} ${fmt(bytes([chunk]))} B gzip -9`);
  }
  assert.ok(common.size <= 1, `the languages share one common chunk: ${[...common]}`);
  for (const f of common)
    console.log(`the languages' common part: ${f} ${fmt(bytes([f]))} B gzip -9`);
});
