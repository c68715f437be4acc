// The space each element keeps before its first render has one source, src/shared/reserved-heights.ts:
// the loader's style sheet takes it when rollup builds it (dist/cdn/myocheck.css, applied until
// the element is defined) and the scheduler reads it by tag for the classes (kept while a first
// render waits for a task of its own; no class sets a `reservedHeight` of its own). If the two disagreed, a widget in the first screen would shift
// the text below it between them.
//   node --test test/node/reserve.test.mjs   (after `npm run build`)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importTs } from './load-ts.mjs';

const css = readFileSync(new URL('../../dist/cdn/myocheck.css', import.meta.url), 'utf8');
const { RESERVED_HEIGHTS } = await importTs("export * from './src/shared/reserved-heights.ts';");
const CLASSES = {
  'myo-symptom-checklist': ['symptom-checklist', 'MyoSymptomChecklist'],
  'myo-body-map': ['body-map', 'MyoBodyMap'],
  'myo-referral-banner': ['referral-banner', 'MyoReferralBanner'],
  'myo-self-check': ['self-check', 'MyoSelfCheck'],
};
/** The min-height the built sheet reserves for `tag` until it is defined ('' for none). */
const reserved = tag => {
  const rule = new RegExp(`(?:^|[},])${tag}:not\\(:defined\\)[^{]*\\{([^}]*)\\}`).exec(css);
  assert.ok(rule, `myocheck.css has a rule for ${tag}`);
  return /min-height:var\(--myo-reserve-height,([^)]+)\)/.exec(rule[1])?.[1] ?? '';
};

for (const [tag, [file, name]] of Object.entries(CLASSES)) {
  test(`<${tag}>: the loader's sheet keeps the table's space, and the class does not set its own (${RESERVED_HEIGHTS[tag] ?? 'none'})`, async () => {
    const module = await import(`../../dist/components/${file}/${file}.js`);
    assert.equal(reserved(tag), RESERVED_HEIGHTS[tag] ?? '');
    assert.equal(module[name].reservedHeight, '', `${name} sets no height of its own`);
  });
}

test('the built sheet has no placeholder left', () => {
  assert.doesNotMatch(css, /\$/);
});
