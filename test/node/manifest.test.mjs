// Every public attribute in the source reaches the custom-elements manifest, which the
// framework types, the React wrappers and the Storybook docs are made from: a stray
// `/** @internal */` left above a property hides it from all of them (it hid the checklist's
// `sections` once, and the framework examples stopped type-checking).
//   node --test test/node/manifest.test.mjs   (after `npm run build`)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = path => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('dist/custom-elements.json'));
const attributesOf = tag => {
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? [])
      if (d.tagName === tag) return new Set((d.attributes ?? []).map(a => a.name));
  assert.fail(`the manifest has no <${tag}>`);
};

/** The attributes a source file declares with @property, not marked @internal. */
function publicAttributes(path) {
  const found = [];
  const source = read(path);
  const re =
    /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*@property\(([^)]*(?:\([^)]*\)[^)]*)*)\)\s*(?:override\s+)?(\w+)/g;
  for (const [, doc, options, name] of source.matchAll(re)) {
    if (/@internal/.test(doc) || /attribute:\s*false/.test(options)) continue;
    found.push(/attribute:\s*'([^']+)'/.exec(options)?.[1] ?? name.toLowerCase());
  }
  return found;
}

const ELEMENTS = {
  'myo-symptom-checklist': ['src/components/symptom-checklist/symptom-checklist.ts', 'form'],
  'myo-body-map': ['src/components/body-map/body-map.ts', 'form'],
  'myo-referral-banner': ['src/components/referral-banner/referral-banner.ts'],
  'myo-self-check': ['src/components/self-check/self-check.ts'],
};

for (const [tag, [file, form]] of Object.entries(ELEMENTS)) {
  test(`<${tag}>: every public attribute of its source is in the manifest`, () => {
    const expected = [
      ...publicAttributes(file),
      ...publicAttributes('src/shared/myo-element.ts'),
      ...(form ? publicAttributes('src/shared/myo-form-element.ts') : []),
    ];
    assert.ok(expected.length > 8, `found ${expected.length} attributes in the source`);
    const listed = attributesOf(tag);
    assert.deepEqual(
      expected.filter(a => !listed.has(a)),
      [],
      `missing from the manifest's <${tag}>`,
    );
  });
}
