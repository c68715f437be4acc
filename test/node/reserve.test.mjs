// The space each element keeps before its first render is written twice: in the loader's style
// sheet (src/loader/reserve.css, applied until the element is defined) and on the element's class
// (`reservedHeight`, kept while its first render waits for a task of its own). They must agree,
// or a widget in the first screen would shift the text below it between the two.
//   node --test test/node/reserve.test.mjs   (after `npm run build`)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../../src/loader/reserve.css', import.meta.url), 'utf8');
const CLASSES = {
  'myo-symptom-checklist': ['symptom-checklist', 'MyoSymptomChecklist'],
  'myo-body-map': ['body-map', 'MyoBodyMap'],
  'myo-referral-banner': ['referral-banner', 'MyoReferralBanner'],
  'myo-self-check': ['self-check', 'MyoSelfCheck'],
};

for (const [tag, [file, name]] of Object.entries(CLASSES)) {
  test(`<${tag}> keeps the space reserve.css reserves for it`, async () => {
    const rule = new RegExp(`${tag}:not\\(:defined\\)[^{]*\\{([^}]*)\\}`).exec(css);
    assert.ok(rule, `reserve.css has a rule for ${tag}`);
    const inCss = /min-height:\s*var\(--myo-reserve-height,\s*([^)]+)\)/.exec(rule[1])?.[1] ?? '';
    const module = await import(`../../dist/components/${file}/${file}.js`);
    assert.equal(module[name].reservedHeight, inCss);
  });
}
