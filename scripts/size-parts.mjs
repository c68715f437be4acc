// What each module of dist/ costs a bundle, in bytes gzip -9: the entry is bundled and minified
// with esbuild, then bundled again with one module replaced by empty exports (what it alone
// brings in drops out with it). Run after `npm run build`:
//   node scripts/size-parts.mjs                        every module of dist/index.js
//   node scripts/size-parts.mjs dist/define/myo-symptom-checklist.js
//   node scripts/size-parts.mjs dist/index.js --without core/locales/es.js,core/fhir.js
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
const entry = args[0] ?? 'dist/index.js';

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
  const { gzip, inputs } = await bundleMinified(entry, [stub(files)]);
  return { bytes: gzip, inputs: Object.keys(inputs) };
}

const fmt = n => n.toLocaleString('en-US').padStart(7);
const whole = await measure();
console.log(`${fmt(whole.bytes)} B gzip -9  ${entry} (esbuild)`);
if (without) {
  const { bytes } = await measure(without);
  console.log(`${fmt(bytes)} B without ${without.map(f => f.slice(dist.length)).join(', ')}`);
  console.log(`${fmt(whole.bytes - bytes)} B saved`);
} else {
  const rows = [];
  for (const input of whole.inputs.filter(f => f.startsWith('dist/') && f !== entry)) {
    const { bytes } = await measure([resolve(dist, '..', input)]);
    rows.push([whole.bytes - bytes, input]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  for (const [saved, input] of rows) console.log(`${fmt(saved)} B  ${input}`);
}
