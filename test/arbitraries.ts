// fast-check generators shared by the browser fuzzing suite and the Node tests (which bundle
// this module with esbuild): garbage strings, content-pack mutations, and random valid packs.
// No DOM here.
import fc from 'fast-check';
import { defaultPack, FACTS, QUESTION_TYPES, SECTIONS } from '../src/core/index.js';
import type { Condition, ContentPack, Question } from '../src/core/types.js';

// ---------------------------------------------------------------------------------------
// garbage

export const MARKUP = [
  '<script>window.__fuzzPwned=1</script>',
  '<img src=x onerror="window.__fuzzPwned=1">',
  '"><svg onload="window.__fuzzPwned=1">',
  '{{constructor.constructor("window.__fuzzPwned=1")()}}',
  '${window.__fuzzPwned=1}',
  '\u202Eecnarf',
  'front\u0000',
  '\uD800',
  '\uDFFF\uD800',
  '😀',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '0x10',
  '__proto__',
  'constructor',
  'toString',
  ',,,',
  ' , ',
  '\n\t',
  '\u00A0',
  'javascript:window.__fuzzPwned=1',
];

/** Small garbage: random text, full unicode, numbers, empty, markup. */
export const garbageSmall: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double()).map(String) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
);

// ---------------------------------------------------------------------------------------
// content-pack mutations

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = (string | number)[];
export type Op = 'delete' | 'null' | 'json' | 'retype' | 'duplicate' | 'empty' | 'string';
export interface Mutation {
  path: Path;
  op: Op;
  json: Json;
  text: string;
}

/** Every path in a JSON value, depth first. */
export function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (path.length) out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

/** The default pack as plain JSON. */
export const DEFAULT_PACK_JSON = JSON.parse(JSON.stringify(defaultPack)) as Json;

/** One change at one of `paths`: delete, null, random JSON, another type, a copy, empty, text. */
export const mutationAt = (paths: Path[]): fc.Arbitrary<Mutation> =>
  fc.record({
    path: fc.constantFrom(...paths),
    op: fc.constantFrom<Op>('delete', 'null', 'json', 'retype', 'duplicate', 'empty', 'string'),
    json: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    text: garbageSmall,
  });

/** A mutation of the default pack. */
export const packMutation = mutationAt(pathsOf(DEFAULT_PACK_JSON));

/** Applies a mutation in place (a path that no longer exists is left alone). */
export function mutate(pack: Json, m: Mutation): void {
  const parentPath = m.path.slice(0, -1);
  const key = m.path[m.path.length - 1];
  let parent: any = pack;
  for (const p of parentPath) parent = parent?.[p];
  if (!parent || typeof parent !== 'object' || !(key in parent)) return;
  const old = parent[key];
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'null':
      parent[key] = null;
      break;
    case 'json':
      parent[key] = m.json;
      break;
    case 'retype':
      parent[key] =
        typeof old === 'string'
          ? 42
          : typeof old === 'number'
            ? String(old)
            : typeof old === 'boolean'
              ? 'true'
              : Array.isArray(old)
                ? { ...old }
                : [old];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(JSON.parse(JSON.stringify(old)));
      else parent[key] = [old, old];
      break;
    case 'empty':
      parent[key] = Array.isArray(old) ? [] : typeof old === 'object' ? {} : '';
      break;
    case 'string':
      parent[key] = m.text;
      break;
  }
}

/** The default pack with one to three mutations: mostly invalid, sometimes still valid. */
export const mutatedDefaultPack: fc.Arbitrary<Json> = fc
  .array(packMutation, { minLength: 1, maxLength: 3 })
  .map(ms => {
    const pack = structuredClone(DEFAULT_PACK_JSON);
    for (const m of ms) mutate(pack, m);
    return pack;
  });

// ---------------------------------------------------------------------------------------
// random valid packs

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,9}$/).filter(s => s !== 'prototype');
const nonBlank = garbageSmall.filter(s => s.trim() !== '');
const text = fc
  .record({ en: garbageSmall, es: garbageSmall, 'pt-BR': garbageSmall }, { requiredKeys: ['en'] })
  .map(t => ({ ...t }));
const message = fc.oneof(
  text,
  fc.record({
    en: fc.record({ one: garbageSmall, other: garbageSmall }, { requiredKeys: ['other'] }),
  }),
);
const number = fc.oneof(
  fc.integer({ min: -5, max: 24 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const ids = (min: number, max: number) => fc.uniqueArray(id, { minLength: min, maxLength: max });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const pick = <T>(items: T[]) =>
  items.length ? optional(fc.constantFrom(...items)) : fc.constant(undefined);
const withoutUndefined = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Conditions over the questions, areas and parameters of a pack (references all exist). */
function conditionOf(
  questions: Question[],
  areaIds: string[],
  params: string[],
): fc.Arbitrary<Condition> {
  const threshold = params.length
    ? fc.oneof(
        number,
        fc.constantFrom(...params).map(param => ({ param })),
      )
    : number;
  const question = fc.constantFrom(...questions).chain((q): fc.Arbitrary<Condition> => {
    const values = q.type === 'areas' ? areaIds : (q.options ?? []).map(o => o.id);
    const listed =
      q.type === 'choice' || q.type === 'multi-choice' || q.type === 'areas'
        ? values.length
          ? fc.uniqueArray(fc.constantFrom(...values), { minLength: 1 })
          : fc.constant(null)
        : fc.array(fc.oneof(fc.boolean(), number, garbageSmall), { minLength: 1, maxLength: 3 });
    return fc.oneof(
      fc.oneof(fc.boolean(), number, garbageSmall).map(equals => ({ question: q.id, equals })),
      threshold.map(atLeast => ({ question: q.id, atLeast })),
      listed.map(list => (list ? { question: q.id, in: list } : { question: q.id, equals: true })),
    );
  });
  const fact = fc.oneof(
    fc.record({ fact: fc.constantFrom(...FACTS), equals: fc.oneof(fc.boolean(), number) }),
    fc.record({ fact: fc.constantFrom(...FACTS), atLeast: threshold }),
  ) as fc.Arbitrary<Condition>;
  const { condition } = fc.letrec<{ condition: Condition }>(tie => ({
    condition: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'condition' },
      question,
      fact,
      fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map(any => ({ any })),
      fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map(all => ({ all })),
      tie('condition').map(not => ({ not })),
    ),
  }));
  return condition;
}

/** A random pack that `validatePack` accepts: random ids, texts, questions and rule trees. */
export const validPack: fc.Arbitrary<ContentPack> = fc
  .record({
    regionIds: ids(1, 4),
    areaIds: ids(0, 6),
    questionIds: ids(1, 6),
    sourceIds: ids(0, 3),
    params: fc.dictionary(id, number, { maxKeys: 3 }),
  })
  .chain(({ regionIds, areaIds, questionIds, sourceIds, params }) => {
    const sources = sourceIds.map(sourceId =>
      fc.record({
        id: fc.constant(sourceId),
        title: nonBlank,
        publisher: nonBlank,
        url: fc.webUrl().map(u => u.replace(/^https?:/i, 'https:')),
      }),
    );
    const option = (optionId: string) =>
      fc.record(
        { id: fc.constant(optionId), label: text, value: number, max: number },
        { requiredKeys: ['id', 'label'] },
      );
    const questions = questionIds.map(questionId =>
      fc
        .record({
          type: fc.constantFrom(...QUESTION_TYPES),
          section: fc.constantFrom(...SECTIONS),
          label: text,
          description: optional(text),
          source: pick(sourceIds),
          optionIds: ids(1, 4),
        })
        .chain(({ optionIds, ...q }) =>
          (q.type === 'choice' || q.type === 'multi-choice'
            ? fc.tuple(...optionIds.map(option))
            : fc.constant(undefined)
          ).map(options => withoutUndefined({ id: questionId, ...q, options }) as Question),
        ),
    );
    return fc.tuple(fc.tuple(...questions), fc.tuple(...sources)).chain(([qs, srcs]) =>
      fc
        .record({
          id,
          // eslint-disable-next-line no-control-regex
          version: nonBlank.filter(v => !/[\u0000-\u001f\u007f-\u009f]/.test(v)),
          url: nonBlank,
          codeSystem: nonBlank,
          title: text,
          languages: fc.constantFrom<string[]>(['en'], ['en', 'es'], ['es', 'en', 'pt-BR']),
          regions: fc.tuple(...regionIds.map(r => text.map(label => ({ id: r, label })))),
          areas: fc.tuple(
            ...areaIds.map(a =>
              fc.record({
                id: fc.constant(a),
                label: text,
                region: fc.constantFrom(...regionIds),
                view: fc.constantFrom('front', 'back', 'both') as fc.Arbitrary<
                  'front' | 'back' | 'both'
                >,
              }),
            ),
          ),
          widespread: fc.record({
            minRegions: fc.integer({ min: 1, max: 6 }),
            excludeAreas: areaIds.length
              ? fc.uniqueArray(fc.constantFrom(...areaIds))
              : fc.constant([]),
          }),
          rules: ids(0, 4).chain(ruleIds =>
            fc.tuple(
              ...ruleIds.map(ruleId =>
                fc.record(
                  {
                    id: fc.constant(ruleId),
                    level: fc.constantFrom('self-care', 'see-doctor', 'urgent') as fc.Arbitrary<
                      'self-care' | 'see-doctor' | 'urgent'
                    >,
                    when: conditionOf(qs, areaIds, Object.keys(params)),
                    message,
                    emergencyMessage: message,
                    source: pick(sourceIds),
                  },
                  { requiredKeys: ['id', 'level', 'when', 'message'] },
                ),
              ),
            ),
          ),
          levels: fc.record({
            'self-care': fc.record({ title: text, body: text }),
            'see-doctor': fc.record({ title: text, body: text }),
            urgent: fc.record({ title: text, body: text }),
          }),
          selfCare: fc.record({ title: text, tips: fc.array(text, { maxLength: 3 }) }),
          disclaimer: text,
        })
        .map(rest =>
          withoutUndefined({ ...rest, params, questions: qs, sources: srcs } as ContentPack),
        ),
    );
  });

/** A random valid pack with one to three mutations. */
export const mutatedValidPack: fc.Arbitrary<Json> = validPack.chain(pack => {
  const json = JSON.parse(JSON.stringify(pack)) as Json;
  return fc.array(mutationAt(pathsOf(json)), { minLength: 1, maxLength: 3 }).map(ms => {
    const copy = structuredClone(json);
    for (const m of ms) mutate(copy, m);
    return copy;
  });
});
