// The browser range (package.json "browserslist", README "Browser support") is enforced by
// `npm run lint` (eslint-plugin-compat on src/, the CLI aside): a feature newer than the range,
// unguarded, fails the lint; the same feature behind a guard passes.
//   node --test test/node/browser-range.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { ROOT } from './load-ts.mjs';

const lint = async code => {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}src/range-probe.ts` });
  return result.messages.filter(m => m.ruleId === 'compat/compat').map(m => m.message);
};

test('package.json names the range: the floor the features set', () => {
  const { browserslist } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
  // Safari 16.4: ElementInternals (form-associated elements) and constructable style sheets;
  // Chrome/Edge 105 and Firefox 110: container queries
  for (const floor of ['chrome >= 105', 'edge >= 105', 'firefox >= 110', 'safari >= 16.4'])
    assert.ok(browserslist.includes(floor), `${floor} in ${browserslist}`);
});

test('npm run lint fails on a feature above the range, unguarded, and passes it guarded', async () => {
  const unguarded = await lint('requestIdleCallback(() => undefined);\n');
  assert.equal(unguarded.length, 1, JSON.stringify(unguarded));
  assert.match(unguarded[0], /requestIdleCallback is not supported in Safari 16\.4/);
  assert.deepEqual(
    await lint("if ('requestIdleCallback' in window) requestIdleCallback(() => undefined);\n"),
    [],
  );
});
