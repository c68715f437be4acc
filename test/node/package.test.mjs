// The package as npm ships it: `npm pack`, installed into a fresh project. Every `exports`
// entry (myocheck/react and the bundle included) resolves and imports in Node (as a server
// renderer would), React stays in myocheck/react, the tarball holds no
// node_modules/, the manifest names published files, and strict TypeScript sees the types
// of each entry, the events included, whichever entry a project imports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const ELEMENTS = ['symptom-checklist', 'body-map', 'referral-banner', 'self-check'];
let dir;
let files;

const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'myocheck-pack-'));
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], root));
  files = packed.files.map(f => f.path);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  // react too: the optional peer dependency that only myocheck/react needs
  const react = `react@${JSON.parse(readFileSync(join(root, 'node_modules/react/package.json'), 'utf8')).version}`;
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, packed.filename), react],
    dir,
  );
});

/** Every import specifier of the installed package's exports map, wildcards expanded. */
function entries() {
  const pkgDir = join(dir, 'node_modules/myocheck');
  const { exports } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const out = [];
  for (const [key, target] of Object.entries(exports)) {
    if (key.endsWith('.json')) continue;
    const file = typeof target === 'string' ? target : target.default;
    if (!key.includes('*')) {
      out.push(`myocheck${key.slice(1)}`);
      continue;
    }
    // './dist/define/*.js' lists dist/define; './dist/components/*/*.js' lists dist/components
    const [before, after] = file.split(/\*(.*)/s);
    const suffix = after.split('/')[0];
    for (const name of readdirSync(join(pkgDir, before))) {
      const stem = suffix && name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
      if (existsSync(join(pkgDir, file.replaceAll('*', stem))))
        out.push(`myocheck${key.slice(1).replace('*', stem)}`);
    }
  }
  return out;
}

after(() => rmSync(dir, { recursive: true, force: true }));

test('the tarball ships dist/, the README and the changelog, and no node_modules/', () => {
  assert.equal(files.filter(f => f.includes('node_modules/')).length, 0, files.join('\n'));
  for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'dist/index.js'])
    assert.ok(files.includes(f), `${f} is in the tarball`);
  assert.equal(files.filter(f => f.startsWith('src/')).length, 0, 'no sources');
});

test('sideEffects and the manifest name only published files', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const pattern of pkg.sideEffects) {
    const re = new RegExp(
      `^${pattern.replace(/^\.\//, '').replace(/\./g, '\\.').replace(/\*/g, '[^/]+')}$`,
    );
    assert.ok(
      files.some(f => re.test(f)),
      `sideEffects ${pattern} matches a published file`,
    );
  }
  const manifest = readFileSync(join(root, 'dist/custom-elements.json'), 'utf8');
  const paths = [...manifest.matchAll(/"(?:path|module)": "([^"]+)"/g)].map(m => m[1]);
  assert.ok(paths.length > 20);
  assert.deepEqual(
    paths.filter(p => p.includes('src/')),
    [],
    'no path into the sources, which are not published',
  );
  // module paths (relative specifiers of re-exports aside) are files in the tarball
  for (const p of new Set(paths.filter(p => !p.startsWith('.'))))
    assert.ok(files.includes(p), `manifest path ${p} is published`);
  const tags = [...manifest.matchAll(/"tagName": "([^"]+)"/g)].map(m => m[1]).sort();
  assert.deepEqual([...new Set(tags)], ELEMENTS.map(e => `myo-${e}`).sort());
});

test('every entry resolves and imports in Node without throwing', () => {
  const list = entries();
  for (const e of [
    'myocheck/react',
    'myocheck/jsx',
    'myocheck/bundle',
    'myocheck/define/myo-self-check.js',
  ])
    assert.ok(list.includes(e), `${e} is among the entries: ${list.join(', ')}`);
  const script = `
    for (const entry of ${JSON.stringify(list)}) await import(entry);
    const core = await import('myocheck/core');
    if (core.assess({ 'sleep-impact': true }).level !== 'see-doctor') throw new Error('assess');
    for (const entry of ['myocheck/custom-elements.json', 'myocheck/pack.schema.json', 'myocheck/package.json'])
      import.meta.resolve(entry);
    if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a global');
    console.log('ok');
  `;
  writeFileSync(join(dir, 'imports.mjs'), script);
  assert.equal(run('node', ['imports.mjs'], dir).trim(), 'ok');
});

test('the myocheck command and the pack schema are installed', () => {
  for (const f of ['bin/myocheck.js', 'dist/cli/index.js', 'dist/pack.schema.json'])
    assert.ok(files.includes(f), `${f} is in the tarball`);
  // node_modules/.bin/myocheck is what `npx myocheck` runs in a project that installed it
  const myocheck = (...args) => run(join(dir, 'node_modules/.bin/myocheck'), args, dir);
  assert.match(myocheck('--help'), /^ {2}validate <pack\.json>/m);
  myocheck('init', 'my-pack.json');
  const pack = JSON.parse(readFileSync(join(dir, 'my-pack.json'), 'utf8'));
  assert.equal(pack.$schema, './node_modules/myocheck/dist/pack.schema.json');
  assert.match(myocheck('validate', 'my-pack.json'), /^my-pack\.json: valid/);
  const schema = JSON.parse(readFileSync(join(dir, pack.$schema), 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

/** Type-checks `source` alone, strictly, as a consumer project would. */
function typecheck(name, source) {
  writeFileSync(join(dir, `${name}.ts`), source);
  writeFileSync(
    join(dir, `tsconfig.${name}.json`),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        skipLibCheck: false,
        types: [],
      },
      files: [`${name}.ts`],
    }),
  );
  try {
    run('node', [tsc, '-p', `tsconfig.${name}.json`], dir);
  } catch (error) {
    assert.fail(`${name}.ts does not type-check:\n${error.stdout}${error.stderr}`);
  }
}

test('strict TypeScript: one define module alone brings its element and the typed events', () => {
  typecheck(
    'define-only',
    `import 'myocheck/define/myo-body-map.js';
const map = document.createElement('myo-body-map');
map.view = 'front';
map.addEventListener('myo-change', e => {
  const areas: string[] = Object.keys(e.detail.answers);
  const level: 'none' | 'self-care' | 'see-doctor' | 'urgent' = e.detail.assessment.level;
  console.log(areas, level, map.assessment.regionCount);
});
map.addEventListener('myo-level-change', e => console.log(e.detail.previous));
// @ts-expect-error the detail has no such field: the event map is really typed
map.addEventListener('myo-change', e => console.log(e.detail.answerz));
`,
  );
});

// README "Listen to events": a listener on document, window or an element, with one define
// module imported (the events augment GlobalEventHandlersEventMap, which all three extend)
for (const tag of ELEMENTS)
  test(`strict TypeScript: myocheck/define/myo-${tag}.js alone types the events on document, window and an element`, () => {
    typecheck(
      `events-${tag}`,
      `import 'myocheck/define/myo-${tag}.js';
document.addEventListener('myo-level-change', event => {
  const level: 'none' | 'self-care' | 'see-doctor' | 'urgent' = event.detail.level;
  console.log(level, event.detail.previous, event.detail.reasons.map(r => r.id));
});
window.addEventListener('myo-change', event => console.log(event.detail.answers, event.detail.group));
document.body.addEventListener('myo-complete', event => console.log(event.detail.assessment.level));
document.querySelector('myo-${tag}')?.addEventListener('myo-cta', event => console.log(event.detail.href));
// @ts-expect-error the detail has no such field: the map on document is really typed
document.addEventListener('myo-level-change', event => console.log(event.detail.levle));
// @ts-expect-error nor on window
window.addEventListener('myo-cta', event => console.log(event.detail.hreff));
`,
    );
  });

test('strict TypeScript: every entry', () => {
  typecheck(
    'all-entries',
    `import { assess, summaryText, type Assessment } from 'myocheck/core';
import { MyoSelfCheck, defaultPack } from 'myocheck';
import { MyoSymptomChecklist } from 'myocheck/components/symptom-checklist.js';
import { MyoReferralBanner } from 'myocheck/define/myo-referral-banner.js';
import 'myocheck/define/myo-symptom-checklist.js';
import 'myocheck/define/myo-self-check.js';
import 'myocheck/locales/es.js';
const a: Assessment = assess({ fatigue: true }, { pack: defaultPack });
const text: string = summaryText({ fatigue: true }, { lang: 'es' });
const quiz: MyoSelfCheck = document.createElement('myo-self-check');
quiz.addEventListener('myo-complete', e => console.log(e.detail.assessment.reasons));
quiz.addEventListener('myo-cta', e => console.log(e.detail.href));
const banner: MyoReferralBanner = document.createElement('myo-referral-banner');
const list = new MyoSymptomChecklist();
console.log(a.level, text, quiz.toJSON().pack.id, banner.level, list.value);
`,
  );
});

test('myocheck/react: the four components, created on the server, with the events the manifest lists', () => {
  writeFileSync(
    join(dir, 'react.mjs'),
    `import { createElement } from 'react';
import * as components from 'myocheck/react';
const tree = createElement(components.SelfCheck, { ctaHref: '/doctor', onMyoComplete: () => {} });
console.log(JSON.stringify({ names: Object.keys(components).sort(), type: typeof tree.type }));
`,
  );
  assert.deepEqual(JSON.parse(run('node', ['react.mjs'], dir)), {
    names: ['BodyMap', 'ReferralBanner', 'SelfCheck', 'SymptomChecklist'],
    type: 'object',
  });
  // each component's `events` (onMyoChange …) are the element's events in the manifest
  const pkgDir = join(dir, 'node_modules/myocheck');
  const source = readFileSync(join(pkgDir, 'dist/react/index.js'), 'utf8');
  const wrapped = Object.fromEntries(
    [...source.matchAll(/tagName: '([^']+)',\s*elementClass: \w+,\s*events: \{([^}]*)\}/g)].map(
      ([, tag, events]) => [
        tag,
        events
          .split(',')
          .map(e => e.trim())
          .sort(),
      ],
    ),
  );
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'dist/custom-elements.json'), 'utf8'));
  const expected = {};
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? [])
      if (d.tagName)
        expected[d.tagName] = d.events
          .map(e => `on${e.name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`)
          .sort();
  assert.deepEqual(wrapped, expected);
});

test('React stays in myocheck/react: no other module imports react or @lit/react', () => {
  const distDir = join(dir, 'node_modules/myocheck/dist');
  const importers = readdirSync(distDir, { recursive: true })
    .filter(f => f.endsWith('.js'))
    .filter(f => /from\s*['"](react|@lit\/react)['"]/.test(readFileSync(join(distDir, f), 'utf8')));
  assert.deepEqual(importers, ['react/index.js']);
});
