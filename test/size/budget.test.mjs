// Size budgets, exact in bytes gzipped (gzip -9: node:zlib level 9). Runs after `npm run build`:
//   node --test test/size/budget.test.mjs
// A module it measures that is missing from dist/ fails the test: it never skips.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUDGETS, budgetLine, bundleMinified, gzip9 } from '../../scripts/bundle-size.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = file => `${root}dist/${file}`;
const fmt = n => n.toLocaleString('en-US');
const ELEMENTS = ['symptom-checklist', 'body-map', 'referral-banner', 'self-check'];
// The ceiling in force lives with the others in scripts/bundle-size.mjs (BUDGETS); raising it
// needs a CHANGELOG line that says what the bytes bought.
const BUNDLE_BUDGET = BUDGETS.bundle;

/** Prints a figure (minified and gzip -9), with its budget's headroom when it has one. */
const report = (what, bytes, budget) =>
  console.log(
    budget
      ? `${budgetLine(what, bytes.gzip, budget)}, ${fmt(bytes.min)} B min`
      : `${what}: ${fmt(bytes.min)} B min, ${fmt(bytes.gzip)} B gzip -9`,
  );

/** Fails, naming the file, when a module the budgets measure is missing from dist/. */
function mustExist(file) {
  assert.ok(existsSync(dist(file)), `dist/${file} is missing: run \`npm run build\` first`);
}

/** `dist/define/myo-<name>.js` bundled with Lit as an app would ship it: esbuild, minified. */
async function defineBundle(name) {
  return esbuildBundle(dist(`define/myo-${name}.js`));
}

/** An ESM entry of dist/ bundled and minified with esbuild, with its largest parts. */
async function esbuildBundle(entry) {
  const { code, gzip, inputs } = await bundleMinified(entry);
  const largest = Object.entries(inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 8)
    .map(([file, i]) => `${file.replace(/^(dist|node_modules)\//, '')} ${fmt(i.bytesInOutput)}`)
    .join(', ');
  return { min: code.length, gzip, largest, text: code.toString('utf8') };
}

test('dist/ is built (npm run build)', () => {
  assert.ok(
    existsSync(dist('myocheck.bundle.js')),
    'dist/myocheck.bundle.js is missing: run `npm run build` before the size budgets',
  );
});

test(`the one-file bundle dist/myocheck.bundle.js is at most ${fmt(BUNDLE_BUDGET)} B gzip`, async () => {
  mustExist('myocheck.bundle.js');
  const code = readFileSync(dist('myocheck.bundle.js'));
  const bytes = { min: code.length, gzip: gzip9(code) };
  const text = code.toString('utf8');
  const missing = ELEMENTS.filter(e => !text.includes(`myo-${e}`));
  report('dist/myocheck.bundle.js', bytes, BUNDLE_BUDGET);
  assert.deepEqual(missing, [], 'every element is in the bundle');
  // the bundle is rollup's; its parts are measured on the same modules bundled by esbuild
  const parts = bytes.gzip > BUNDLE_BUDGET ? (await esbuildBundle(dist('index.js'))).largest : '';
  assert.ok(
    bytes.gzip <= BUNDLE_BUDGET,
    `dist/myocheck.bundle.js is ${fmt(bytes.gzip)} B gzip, over ${fmt(BUNDLE_BUDGET)}; largest parts (B min): ${parts}`,
  );
});

// What an app's bundler ships for each define module up front (figures: the budgets are the
// pages a reader fetches, test/size/loader.test.mjs)
test('each define module bundles on its own and registers its tag', async () => {
  for (const e of ELEMENTS) {
    mustExist(`define/myo-${e}.js`);
    const bytes = await defineBundle(e);
    report(`dist/define/myo-${e}.js + lit`, bytes);
    assert.ok(
      /customElements\.define\(\s*["']myo-/.test(bytes.text) && bytes.text.includes(`myo-${e}`),
      `dist/define/myo-${e}.js bundled does not register <myo-${e}>`,
    );
  }
});
