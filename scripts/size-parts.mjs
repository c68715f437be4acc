// What each module of dist/ costs a bundle, in bytes gzip -9: the entry is bundled and minified
// with esbuild, then bundled again with one module replaced by empty exports (what it alone
// brings in drops out with it). Run after `npm run build`:
//   node scripts/size-parts.mjs                        every module of dist/index.js
//   node scripts/size-parts.mjs dist/define/myo-symptom-checklist.js
//   node scripts/size-parts.mjs dist/index.js --without core/locales/es.js,core/fhir.js
//   node scripts/size-parts.mjs --kinds dist/define/myo-symptom-checklist.js+dist/define/myo-referral-banner.js
// Entries joined by `+` are measured as one page that loads them all. `--kinds` prints what
// each kind of code (Lit, content text, styles, each element, …) makes of the page: its share
// of the minified bytes applied to the page's gzip -9 figure (gzip compresses the parts
// together, so a part has no exact size of its own; these shares add up to the total).
// esbuild's figures run about 1,200 B above the rollup + terser one-file bundle; read the
// differences, not the totals.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleMinified } from './bundle-size.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

const args = process.argv.slice(2);
const flag = args.indexOf('--without');
const without =
  flag >= 0
    ? args
        .splice(flag, 2)[1]
        .split(',')
        .map(f => resolve(dist, f.trim()))
    : undefined;
const kinds = args.includes('--kinds');
if (kinds) args.splice(args.indexOf('--kinds'), 1);
const entry = args[0] ?? 'dist/index.js';
const entries = entry.split('+');

/** Several entries as one page: a module that imports each of them. */
const PAGE = 'myocheck-page';
const page = {
  name: 'page',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${PAGE}$`) }, () => ({ path: PAGE, namespace: PAGE }));
    b.onLoad({ filter: /.*/, namespace: PAGE }, () => ({
      contents: entries.map(e => `import ${JSON.stringify(resolve(e))};`).join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};
const entryPoint = entries.length > 1 ? PAGE : entry;
const isEntry = input => input === entry || entries.includes(input) || input.includes(PAGE);

/** The kind of code a module of the page is, for `--kinds`. */
const KINDS = [
  [/node_modules\/(lit|lit-html|lit-element|@lit)\//, 'Lit'],
  [/node_modules\//, 'other packages (tslib)'],
  [/core\/(default-pack|locales\/)/, 'content and interface text'],
  [/\.styles\.js$/, 'styles'],
  [/(symptom-checklist|myo-symptom-checklist)\.js$/, '<myo-symptom-checklist>'],
  [/(referral-banner|myo-referral-banner)\.js$/, '<myo-referral-banner>'],
  [/(body-map|body-figure|myo-body-map)\.js$/, '<myo-body-map>'],
  [/(self-check\/|myo-self-check)/, '<myo-self-check> and its summary'],
  [/(store\/|core\/engine|core\/summary|core\/fhir|core\/validate)/, 'group store, rules, summary'],
  [/./, 'element base: attributes, languages, warnings'],
];
const kindOf = input => KINDS.find(([re]) => re.test(input))[1];

/** Replaces the given modules by exports that do nothing, keeping the names others import. */
const stub = files => ({
  name: 'stub',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, ({ path }) => {
      if (!files.includes(resolve(path))) return undefined;
      const source = readFileSync(path, 'utf8');
      const names = new Set([
        ...[...source.matchAll(/export \{([^}]*)\}/g)].flatMap(m =>
          m[1].split(',').map(s => s.trim().split(' as ').pop()),
        ),
        ...[...source.matchAll(/export (?:const|let|function|class) ([\w$]+)/g)].map(m => m[1]),
      ]);
      names.delete('');
      const contents = [...names].map(n => `export const ${n} = () => [];`).join('\n');
      return { contents, loader: 'js' };
    });
  },
});

async function measure(files = []) {
  const { gzip, inputs } = await bundleMinified(entryPoint, [page, stub(files)]);
  return { bytes: gzip, inputs: Object.keys(inputs), sizes: inputs };
}

const fmt = n => n.toLocaleString('en-US').padStart(7);
const whole = await measure();
console.log(`${fmt(whole.bytes)} B gzip -9  ${entry} (esbuild)`);
if (kinds) {
  const byKind = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(whole.sizes))
    byKind.set(kindOf(input), (byKind.get(kindOf(input)) ?? 0) + bytesInOutput);
  const minified = [...byKind.values()].reduce((a, b) => a + b, 0);
  for (const [kind, bytes] of [...byKind].sort((a, b) => b[1] - a[1]))
    console.log(`${fmt(Math.round((bytes / minified) * whole.bytes))} B  ${kind}`);
} else if (without) {
  const { bytes } = await measure(without);
  console.log(`${fmt(bytes)} B without ${without.map(f => f.slice(dist.length)).join(', ')}`);
  console.log(`${fmt(whole.bytes - bytes)} B saved`);
} else {
  const rows = [];
  for (const input of whole.inputs.filter(f => f.startsWith('dist/') && !isEntry(f))) {
    const { bytes } = await measure([resolve(dist, '..', input)]);
    rows.push([whole.bytes - bytes, input]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  for (const [saved, input] of rows) console.log(`${fmt(saved)} B  ${input}`);
}
