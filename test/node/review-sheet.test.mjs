// The review sheet's parts, from the sources: rules in plain words for every kind of condition,
// and, for random valid packs full of markup and odd unicode, a sheet whose only tags are its
// own and whose only links are the pack's sources.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTs } from './load-ts.mjs';

const { defaultPack, describeCondition, renderReviewSheet, escapeHtml, validPack, fc } =
  await importTs(`
  export * from './src/core/index.ts';
  export { describeCondition } from './src/cli/rules-in-words.ts';
  export { renderReviewSheet, escapeHtml } from './src/cli/review-sheet.ts';
  export { validPack } from './test/arbitraries.ts';
  export { default as fc } from 'fast-check';
`);

/** A condition in words, flattened: "text [part; part]". */
const words = condition => {
  const flat = w => (w.parts ? `${w.text} [${w.parts.map(flat).join('; ')}]` : w.text);
  return flat(describeCondition(condition, defaultPack));
};

describe('rules in plain words', () => {
  const cases = [
    [
      { question: 'fatigue', equals: true },
      '“Fatigue and low energy” is reported (“yes”, or any severity from mild up)',
    ],
    [{ question: 'fatigue', equals: false }, '“Fatigue and low energy” is answered “no”'],
    [{ question: 'fatigue', equals: 3 }, '“Fatigue and low energy” is rated severe (3)'],
    [{ question: 'brain-fog', atLeast: 2 }, '“Brain fog” is rated moderate (2) or more'],
    [
      { question: 'brain-fog', atLeast: 1 },
      '“Brain fog” is reported (“yes”, or any severity from mild up)',
    ],
    [
      { question: 'sleep-impact', equals: false },
      'the answer to “Does the pain disrupt your sleep?” is “no”',
    ],
    [
      { question: 'duration', equals: '1-to-3-months' },
      'the answer to “How long have you had this pain?” is “1 to 3 months”',
    ],
    [
      { question: 'duration', in: ['under-1-month', '1-to-3-months'] },
      'the answer to “How long have you had this pain?” is “Less than 1 month” or “1 to 3 months”',
    ],
    [
      { question: 'duration', atLeast: 6 },
      'the answer to “How long have you had this pain?” has a value of 6 or more: “6 to 12 months” or “More than 12 months”',
    ],
    [
      { question: 'duration', atLeast: 13 },
      'the answer to “How long have you had this pain?” has a value of 13 or more, which no option has (this never fires)',
    ],
    [
      { question: 'pain-areas', in: ['neck', 'chest'] },
      'the answers to “Where does it hurt?” include “Neck” or “Chest”',
    ],
    [
      { question: 'pain-areas', atLeast: 3 },
      'at least 3 answers are chosen for “Where does it hurt?”',
    ],
    [
      { question: 'red-flags', atLeast: 1 },
      'at least 1 answer is chosen for “Along with the muscle pain, do you have any of these?”',
    ],
    [{ fact: 'symptomCount', atLeast: 2 }, 'at least 2 of the 6 symptoms are reported'],
    [{ fact: 'areaCount', atLeast: 1 }, 'at least 1 painful body area is chosen'],
    [
      { fact: 'regionCount', atLeast: 3 },
      'painful areas are in at least 3 body regions (counted as for “pain in many areas”)',
    ],
    [{ fact: 'widespread', equals: true }, 'there is pain in many areas (see “Body areas”)'],
    [{ fact: 'widespread', equals: false }, 'there is not pain in many areas (see “Body areas”)'],
    [
      { fact: 'symptomCount', atLeast: { param: 'thresholdMonths' } },
      'at least 3 (the threshold thresholdMonths, which a page can change with its threshold-months attribute) of the 6 symptoms are reported',
    ],
    [
      {
        all: [
          { question: 'sleep-impact', equals: true },
          { not: { fact: 'widespread', equals: true } },
        ],
      },
      'all of these: [the answer to “Does the pain disrupt your sleep?” is “yes”; this is not the case: [there is pain in many areas (see “Body areas”)]]',
    ],
    [
      { any: [{ question: 'fatigue', equals: true }] },
      '“Fatigue and low energy” is reported (“yes”, or any severity from mild up)',
    ],
  ];
  for (const [condition, expected] of cases)
    it(JSON.stringify(condition), () => assert.equal(words(condition), expected));
});

describe('the sheet of random valid packs', () => {
  const OWN_TAGS = new Set(
    'html head meta title style body header h1 h2 h3 p dl dt dd code span br section table thead tbody tr th td div strong ul ol li nav a bdi'.split(
      ' ',
    ),
  );
  it('uses only its own tags, and links only to the sources (300 packs)', () => {
    fc.assert(
      fc.property(validPack, pack => {
        const sheet = renderReviewSheet(pack, { version: '0.0.0' });
        const markup = sheet.replace(/"[^"]*"/g, '""');
        for (const [, tag] of markup.matchAll(/<\/?([a-z0-9]+)/gi))
          assert.ok(OWN_TAGS.has(tag.toLowerCase()), `unexpected <${tag}>`);
        assert.doesNotMatch(markup, /<[^>]*\son\w+=/i);
        const urls = pack.sources.map(s => escapeHtml(s.url));
        for (const [, href] of sheet.matchAll(/href="([^"]*)"/g))
          assert.ok(href.startsWith('#') || urls.includes(href), href);
        for (const q of pack.questions) assert.ok(sheet.includes(q.id), q.id);
        for (const r of pack.rules) assert.ok(sheet.includes(r.id), r.id);
      }),
      { numRuns: 300, seed: 13 },
    );
  });
});

describe('the sheet of the default pack: thresholds, review facts, notes', () => {
  const sheet = renderReviewSheet(defaultPack, { version: '0.0.0' });
  const text = sheet.replace(/<[^>]+>/g, '');

  it('lists the values a page may set with threshold-months', () => {
    assert.match(text, /threshold-months attribute, to 1, 3, 6 or 12 only/);
  });

  it('shows each level text and message as the reader sees it, for each threshold', () => {
    for (const [t, en, es] of [
      [1, 'more than 1 month,', 'más de 1 mes,'],
      [3, 'more than 3 months,', 'más de 3 meses,'],
      [12, 'more than 12 months,', 'más de 12 meses,'],
    ]) {
      assert.ok(text.includes(`See a doctor if your pain lasts ${en}`), `${t} en`);
      assert.ok(text.includes(`dura ${es}`), `${t} es`);
    }
    assert.ok(text.includes('pain for more than 1 month'));
    assert.ok(text.includes('3 (the pack’s own)'));
  });

  it('says "not reviewed yet" without reviews, and names the reviewers with them', () => {
    assert.match(text, /Reviews\s*not reviewed yet/);
    assert.match(text, /Content updated\s*2026-12-02/);
    const reviewed = renderReviewSheet(
      { ...defaultPack, reviews: [{ name: 'Dr <b>A</b>', role: 'GP', date: '2026-12-01' }] },
      { version: '0.0.0' },
    );
    assert.ok(reviewed.includes('<bdi>Dr &lt;b&gt;A&lt;/b&gt;</bdi>, <bdi>GP</bdi>, 2026-12-01'));
    assert.doesNotMatch(reviewed, /not reviewed yet/);
  });

  it('shows the chest note, its condition and its source, and the article’s term note', () => {
    assert.match(text, /Note 1: chest/);
    assert.match(text, /Chest pain can have other causes/);
    assert.match(text, /Cited by: note chest/);
    assert.match(text, /not an established diagnosis/);
  });
});
