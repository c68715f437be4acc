// Server rendering: every entry of the packed tarball imports in plain Node (as Next.js does when
// it renders a page on the server) without throwing and without making up a `window` or
// `document`; and nothing but myocheck/react brings React in. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pack, ROOT } from '../../scripts/pack.mjs';

// The tarball unpacked as an installed package, in a folder with its own package.json (so
// `myocheck` resolves to the tarball's copy, not to this repository). Its dependencies (lit,
// @lit/react, react) resolve from the repository's node_modules, further up.
const dir = join(ROOT, 'tmp/ssr');
rmSync(dir, { recursive: true, force: true });
const pkgDir = join(dir, 'node_modules/myocheck');
mkdirSync(pkgDir, { recursive: true });
execFileSync('tar', ['-xzf', pack(), '-C', pkgDir, '--strip-components=1']);
writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

/** Every import specifier the exports map allows, wildcards expanded over the packed files. */
function specifiers() {
  const out = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
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

describe('the packed tarball in Node (server rendering)', () => {
  it('imports every entry without throwing or defining window/document', () => {
    const list = specifiers();
    assert.ok(
      list.includes('myocheck/react') && list.includes('myocheck/define/myo-self-check.js'),
    );
    const runner = join(dir, 'import-all.mjs');
    writeFileSync(
      runner,
      `const failed = [];
for (const s of ${JSON.stringify(list)}) {
  try { await import(s); } catch (e) { failed.push(s + ': ' + e.message); }
}
console.log(JSON.stringify({ failed, window: typeof window, document: typeof document }));
`,
    );
    const result = JSON.parse(execFileSync('node', [runner], { cwd: dir, encoding: 'utf8' }));
    assert.deepEqual(result, { failed: [], window: 'undefined', document: 'undefined' });
  });

  it('renders the React wrappers on the server', () => {
    const runner = join(dir, 'render.mjs');
    writeFileSync(
      runner,
      `import { createElement } from 'react';
import { SelfCheck, SymptomChecklist } from 'myocheck/react';
const tree = createElement(SelfCheck, { ctaHref: '/doctor', onMyoComplete: () => {} },
  createElement(SymptomChecklist, { mode: 'severity' }));
console.log(JSON.stringify({ type: typeof tree.type, name: SelfCheck.displayName }));
`,
    );
    const result = JSON.parse(execFileSync('node', [runner], { cwd: dir, encoding: 'utf8' }));
    assert.deepEqual(result, { type: 'object', name: 'SelfCheck' });
  });

  it('keeps React out of every entry but myocheck/react, and out of the CDN bundle', () => {
    const offenders = readdirSync(join(pkgDir, 'dist'), { recursive: true })
      .filter(f => f.endsWith('.js') && !f.startsWith('react/'))
      .filter(f =>
        /from\s*['"](react|@lit\/react)['"]/.test(readFileSync(join(pkgDir, 'dist', f), 'utf8')),
      );
    assert.deepEqual(offenders, []);
    const reactEntry = readFileSync(join(pkgDir, 'dist/react/index.js'), 'utf8');
    assert.match(
      reactEntry,
      /from\s*['"]@lit\/react['"]/,
      'the check above looks for the right text',
    );
  });
});
