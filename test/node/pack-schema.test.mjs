// dist/pack.schema.json (JSON Schema draft 2020-12) and validatePack() agree: on the default
// pack, on hand-made broken packs, and on thousands of generated ones (random valid packs, and
// mutations of them and of the default pack, from test/arbitraries.ts).
//
// "Agree" means: (1) every pack validatePack() accepts, the schema accepts; (2) every pack the
// schema accepts, validatePack() accepts or rejects only for what a schema cannot say — an id
// that is not unique, an id named elsewhere that does not exist, conditions nested too deep.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import { importTs, ROOT } from './load-ts.mjs';

const {
  defaultPack,
  validatePack,
  packSchema,
  checkTranslations,
  fc,
  mutatedDefaultPack,
  validPack,
  mutatedValidPack,
} = await importTs(`
  export * from './src/core/index.ts';
  export { packSchema } from './src/cli/schema.ts';
  export { checkTranslations } from './src/cli/texts.ts';
  export * from './test/arbitraries.ts';
  export { default as fc } from 'fast-check';
`);

const schema = JSON.parse(readFileSync(`${ROOT}dist/pack.schema.json`, 'utf8'));
const validator = new Validator(schema, '2020-12', false);
const schemaErrors = pack => {
  const result = validator.validate(pack);
  return result.valid ? [] : result.errors;
};

/** Problems only validatePack() can find: references, uniqueness, depth. */
const BEYOND_SCHEMA =
  /^(unknown (question|region|area|option|source|parameter) |duplicate id |is nested more than )/;
const beyondSchema = problem => BEYOND_SCHEMA.test(problem.message);

/** How validatePack() and the schema judged one pack; throws when they disagree. */
function judge(pack) {
  // what `myocheck validate` checks: validatePack, and the languages' review status
  const problems = [...validatePack(pack), ...checkTranslations(pack)];
  const errors = schemaErrors(pack);
  const show = () =>
    `validatePack: ${JSON.stringify(problems)}\nschema: ${JSON.stringify(errors.slice(0, 3))}\npack: ${JSON.stringify(pack).slice(0, 2000)}`;
  if (!problems.length && errors.length)
    throw new Error(`the schema rejects a pack validatePack accepts\n${show()}`);
  if (!errors.length && !problems.every(beyondSchema))
    throw new Error(`the schema accepts a pack with a shape problem\n${show()}`);
  if (!problems.length) return 'valid';
  return errors.length ? 'both reject' : 'only validatePack rejects';
}

const clone = () => structuredClone(defaultPack);

describe('pack.schema.json', () => {
  it('is the schema the CLI prints (the build is current)', () => {
    assert.deepEqual(schema, JSON.parse(JSON.stringify(packSchema)));
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts the default pack, with or without "$schema"', () => {
    assert.deepEqual(schemaErrors(clone()), []);
    assert.deepEqual(schemaErrors({ $schema: './pack.schema.json', ...clone() }), []);
    assert.deepEqual(validatePack({ $schema: './pack.schema.json', ...clone() }), []);
  });

  it('rejects what is not an object', () => {
    for (const value of [null, [], 'pack', 42]) assert.equal(judge(value), 'both reject');
  });

  // [name, change, does the schema see it?]
  const broken = [
    ['a missing id', p => delete p.id, true],
    ['a blank version', p => (p.version = '  '), true],
    ['a title without English', p => (p.title = { es: 'Autoevaluación' }), true],
    ['a text that is not a string', p => (p.questions[0].label.es = 3), true],
    ['languages without "en"', p => (p.languages = ['es']), true],
    ['a parameter that is not a number', p => (p.params.thresholdMonths = '3'), true],
    ['no questions', p => (p.questions = []), true],
    ['an unknown section', p => (p.questions[0].section = 'feelings'), true],
    ['an unknown question type', p => (p.questions[0].type = 'slider'), true],
    ['a choice without options', p => delete p.questions[7].options, true],
    ['an option value that is a string', p => (p.questions[7].options[0].value = '0'), true],
    ['an unknown area view', p => (p.areas[0].view = 'side'), true],
    ['minRegions 0', p => (p.widespread.minRegions = 0), true],
    ['minRegions 2.5', p => (p.widespread.minRegions = 2.5), true],
    ['a rule level "none"', p => (p.rules[0].level = 'none'), true],
    [
      'a condition without an operator',
      p => (p.rules[2].when = { question: 'sleep-impact' }),
      true,
    ],
    ['a condition of nothing known', p => (p.rules[2].when = { foo: 1 }), true],
    ['an empty "any"', p => (p.rules[0].when = { any: [] }), true],
    ['an unknown fact', p => (p.rules[0].when.any[0].fact = 'painScore'), true],
    [
      'a fact without equals or atLeast',
      p => (p.rules[0].when.any[0] = { fact: 'areaCount' }),
      true,
    ],
    ['an object to compare with', p => (p.rules[2].when.equals = {}), true],
    ['plural forms without "other"', p => (p.rules[1].message.en = { one: 'x' }), true],
    ['a javascript: source url', p => (p.sources[0].url = 'javascript:alert(1)'), true],
    ['a missing level', p => delete p.levels.urgent, true],
    ['tips that are not a list', p => (p.selfCare.tips = 'rest'), true],
    ['a duplicate question id', p => (p.questions[1].id = p.questions[0].id), false],
    ['a rule naming an unknown question', p => (p.rules[2].when.question = 'sleep'), false],
    ['an area in an unknown region', p => (p.areas[0].region = 'head'), false],
    ['an unknown option in "in"', p => (p.rules[5].when.in = ['fainting']), false],
    ['an unknown parameter', p => (p.rules[1].when.atLeast = { param: 'months' }), false],
    ['an unknown source', p => (p.questions[6].source = 'wikipedia'), false],
    ['an unknown excluded area', p => (p.widespread.excludeAreas = ['tail']), false],
  ];
  for (const [name, change, seen] of broken)
    it(`${seen ? 'rejects' : 'leaves to validatePack'}: ${name}`, () => {
      const pack = clone();
      change(pack);
      assert.notDeepEqual(validatePack(pack), [], 'validatePack rejects it');
      assert.equal(schemaErrors(pack).length > 0, seen);
      assert.equal(judge(pack), seen ? 'both reject' : 'only validatePack rejects');
    });

  const RUNS = 1000;
  const agreeOn = (name, arbitrary, expect) =>
    it(`agrees with validatePack on ${RUNS} ${name}`, () => {
      const seen = { valid: 0, 'both reject': 0, 'only validatePack rejects': 0 };
      fc.assert(
        fc.property(arbitrary, pack => {
          seen[judge(pack)]++;
        }),
        { numRuns: RUNS, seed: 13 },
      );
      console.log(`# ${name}: ${JSON.stringify(seen)}`);
      for (const [verdict, min] of Object.entries(expect))
        assert.ok(seen[verdict] >= min, `${verdict}: ${seen[verdict]} < ${min}`);
    });
  agreeOn('mutations of the default pack', mutatedDefaultPack, {
    valid: 50,
    'both reject': 300,
  });
  agreeOn('random valid packs', validPack, { valid: RUNS });
  agreeOn('mutations of random valid packs', mutatedValidPack, {
    valid: 50,
    'both reject': 300,
  });
});
