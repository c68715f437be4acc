import { FACTS, QUESTION_TYPES, SECTIONS, TRANSLATION_STATUSES } from '../core/types.js';

/**
 * The JSON Schema (draft 2020-12) of a content pack, written to `dist/pack.schema.json` by the
 * build and printed by `myocheck schema`. An editor that reads `"$schema"` checks a pack's shape
 * while it is written.
 *
 * It accepts exactly what `validatePack()` accepts, except for what a schema cannot say: that
 * an id is unique, that an id named elsewhere (a rule's question, an area's region, a source)
 * exists, and how deep conditions nest. `myocheck validate` checks those too. Where
 * `validatePack()` leaves a value free (unknown keys, the items of `languages`), so does this.
 * `translations`, which the widgets never read, is checked by `myocheck validate` alone
 * (`checkTranslations`): the schema says the same.
 */
const nonEmptyString = { type: 'string', pattern: '\\S', description: 'Not empty or blank.' };
/** Names a lookup could confuse with an object's own machinery: refused as ids and parameter names. */
const reserved = { enum: ['__proto__', 'constructor', 'prototype'] };
const id = {
  ...nonEmptyString,
  not: reserved,
  description:
    'A stable id: part of the API, never shown. Not __proto__, constructor or prototype.',
};
const date = {
  type: 'string',
  pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  description: 'A date, YYYY-MM-DD.',
};
const listOfIds = (ref: string, description: string, minItems = 0) => ({
  type: 'array',
  description,
  ...(minItems ? { minItems } : {}),
  items: { $ref: ref },
});

export const packSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/myocheck/dist/pack.schema.json',
  title: 'myocheck content pack',
  description:
    'The questions, body areas, rules and wording of one article for the myocheck widgets. Check a pack with `npx myocheck validate pack.json`; print its review sheet with `npx myocheck review pack.json`.',
  type: 'object',
  required: [
    'id',
    'version',
    'url',
    'codeSystem',
    'title',
    'languages',
    'params',
    'questions',
    'regions',
    'areas',
    'widespread',
    'rules',
    'levels',
    'selfCare',
    'disclaimer',
    'sources',
  ],
  properties: {
    $schema: { description: 'Where an editor finds this schema.' },
    id: { ...id, description: 'The pack id (part of the storage key and of FHIR output).' },
    version: { ...nonEmptyString, description: 'The pack version; change it with every edit.' },
    url: { ...nonEmptyString, description: 'Canonical URL (the FHIR Questionnaire `url`).' },
    codeSystem: { ...nonEmptyString, description: 'Code system for answer codes in FHIR output.' },
    title: { $ref: '#/$defs/text' },
    languages: {
      type: 'array',
      description: 'The languages the pack has text for (BCP 47 codes); must include "en".',
      contains: { const: 'en' },
    },
    translations: {
      type: 'object',
      description:
        'Each language’s review status, by language code (not "en", the source): "draft" until a qualified medical translator has reviewed it, then "reviewed" with who and when. A language missing here is a draft. The widgets show every language the same way.',
      additionalProperties: { $ref: '#/$defs/translationStatus' },
    },
    ui: {
      type: 'object',
      description:
        'Interface text (buttons, hints, counts) of languages myocheck does not ship, by language code, then by key (`npx myocheck translate export` lists the keys). A missing key shows the English; a language myocheck ships keeps its own.',
      additionalProperties: {
        type: 'object',
        additionalProperties: { anyOf: [{ type: 'string' }, { $ref: '#/$defs/pluralText' }] },
      },
    },
    params: {
      type: 'object',
      description:
        'Numbers the rules read with {"param": "…"}. `thresholdMonths` can be changed by a page with the `threshold-months` attribute.',
      propertyNames: { not: reserved },
      additionalProperties: { type: 'number' },
    },
    questions: listOfIds('#/$defs/question', 'The questions, in the order they are asked.', 1),
    regions: listOfIds('#/$defs/region', 'Body regions that group the areas.', 1),
    areas: listOfIds('#/$defs/area', 'Body areas, each in one region.'),
    widespread: {
      type: 'object',
      description:
        '"Pain in many areas": painful areas in at least `minRegions` regions, not counting `excludeAreas`.',
      required: ['minRegions', 'excludeAreas'],
      properties: {
        minRegions: { type: 'integer', minimum: 1 },
        excludeAreas: {
          type: 'array',
          description: 'Ids of areas that are not counted.',
          items: { type: 'string' },
        },
      },
    },
    rules: listOfIds(
      '#/$defs/rule',
      'Referral rules; the result is the highest level of the rules that fire.',
    ),
    levels: {
      type: 'object',
      description: 'The heading and intro the result shows for each level.',
      required: ['self-care', 'see-doctor', 'urgent'],
      properties: {
        'self-care': { $ref: '#/$defs/levelText' },
        'see-doctor': { $ref: '#/$defs/levelText' },
        urgent: { $ref: '#/$defs/levelText' },
      },
    },
    selfCare: {
      type: 'object',
      required: ['title', 'tips'],
      properties: {
        title: { $ref: '#/$defs/text' },
        tips: { type: 'array', items: { $ref: '#/$defs/text' } },
      },
    },
    notes: listOfIds(
      '#/$defs/note',
      'Notes shown with the result and the summary when their condition holds; they never change the level.',
    ),
    disclaimer: { $ref: '#/$defs/text' },
    sources: listOfIds('#/$defs/source', 'Where content that is not from the article comes from.'),
    publisher: { ...nonEmptyString, description: 'Who publishes the content (FHIR `publisher`).' },
    updated: { ...date, description: 'When the content was last changed (YYYY-MM-DD).' },
    reviews: {
      type: 'array',
      description:
        'The reviews of the content, oldest first (FHIR `approvalDate`, `lastReviewDate`).',
      items: {
        type: 'object',
        required: ['name', 'role', 'date'],
        properties: { name: nonEmptyString, role: nonEmptyString, date },
      },
    },
  },
  $defs: {
    translationStatus: {
      type: 'object',
      required: ['status'],
      properties: {
        status: { enum: [...TRANSLATION_STATUSES] },
        reviews: {
          type: 'array',
          description: 'Who reviewed the translation, and when.',
          items: {
            type: 'object',
            required: ['name', 'role', 'date'],
            properties: {
              name: nonEmptyString,
              role: nonEmptyString,
              date: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            },
          },
        },
      },
      if: { properties: { status: { const: 'reviewed' } } },
      then: { required: ['reviews'], properties: { reviews: { minItems: 1 } } },
    },
    text: {
      type: 'object',
      description: 'Text by language code, like {"en": "…", "es": "…"}. English is required.',
      required: ['en'],
      additionalProperties: { type: 'string' },
    },
    messageText: {
      type: 'object',
      description:
        'A message by language code: a string, or plural forms chosen by the number (`#` is the number).',
      required: ['en'],
      additionalProperties: { anyOf: [{ type: 'string' }, { $ref: '#/$defs/pluralText' }] },
    },
    pluralText: {
      type: 'object',
      description:
        'Plural forms (Intl.PluralRules categories: zero, one, two, few, many, other), each a string; `other` is required and used for any form that is missing.',
      required: ['other'],
      additionalProperties: { type: 'string' },
    },
    levelText: {
      type: 'object',
      required: ['title', 'body'],
      properties: { title: { $ref: '#/$defs/text' }, body: { $ref: '#/$defs/messageText' } },
    },
    note: {
      type: 'object',
      required: ['id', 'when', 'message'],
      properties: {
        id,
        when: { $ref: '#/$defs/condition' },
        message: { $ref: '#/$defs/messageText' },
        source: { type: 'string', description: 'The id of one of `sources`.' },
      },
    },
    region: {
      type: 'object',
      required: ['id', 'label'],
      properties: { id, label: { $ref: '#/$defs/text' } },
    },
    area: {
      type: 'object',
      required: ['id', 'label', 'region', 'view'],
      properties: {
        id,
        label: { $ref: '#/$defs/text' },
        region: { type: 'string', description: 'The id of one of `regions`.' },
        view: {
          enum: ['front', 'back', 'both'],
          description: 'Which outline of the body map shows the area.',
        },
      },
    },
    option: {
      type: 'object',
      required: ['id', 'label'],
      properties: {
        id,
        label: { $ref: '#/$defs/text' },
        value: { type: 'number', description: 'The number `atLeast` compares (duration: months).' },
        max: { type: 'number', description: 'Upper bound, for display and FHIR.' },
      },
    },
    question: {
      type: 'object',
      required: ['id', 'section', 'type', 'label'],
      properties: {
        id,
        section: { enum: [...SECTIONS] },
        type: { enum: [...QUESTION_TYPES] },
        label: { $ref: '#/$defs/text' },
        description: { $ref: '#/$defs/text' },
        short: {
          $ref: '#/$defs/text',
          description: 'A short name ("how long") for "You have not answered: …".',
        },
        options: { description: 'The options of a `choice` or `multi-choice` question.' },
        source: { type: 'string', description: 'The id of one of `sources`.' },
      },
      if: { required: ['type'], properties: { type: { enum: ['choice', 'multi-choice'] } } },
      then: {
        required: ['options'],
        properties: { options: listOfIds('#/$defs/option', 'The options.', 1) },
      },
    },
    rule: {
      type: 'object',
      required: ['id', 'level', 'when', 'message'],
      properties: {
        id,
        level: { enum: ['self-care', 'see-doctor', 'urgent'] },
        when: { $ref: '#/$defs/condition' },
        message: { $ref: '#/$defs/messageText' },
        emergencyMessage: {
          $ref: '#/$defs/messageText',
          description: 'Used instead of `message` when the page sets an emergency number.',
        },
        source: { type: 'string', description: 'The id of one of `sources`.' },
      },
    },
    source: {
      type: 'object',
      required: ['id', 'title', 'publisher', 'url'],
      properties: {
        id,
        title: nonEmptyString,
        publisher: nonEmptyString,
        url: { type: 'string', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' },
        note: { type: 'string', description: 'A note for reviewers (the review sheet only).' },
      },
    },
    threshold: {
      description: 'A number, or {"param": "…"} to read one of `params`.',
      anyOf: [
        { type: 'number' },
        {
          type: 'object',
          required: ['param'],
          properties: { param: { type: 'string', not: reserved } },
        },
      ],
    },
    conditions: { type: 'array', minItems: 1, items: { $ref: '#/$defs/condition' } },
    // The branches follow validatePack's order: any/all, not, fact, question.
    condition: {
      type: 'object',
      description:
        'One of {"any": […]}, {"all": […]}, {"not": …}, {"question", "equals" | "in" | "atLeast"} or {"fact", "equals" | "atLeast"}.',
      properties: {
        fact: { description: `One of ${FACTS.join(', ')}.` },
        question: { description: 'The id of one of `questions`.' },
      },
      if: { anyOf: [{ required: ['any'] }, { required: ['all'] }] },
      then: {
        if: { required: ['any'] },
        then: { properties: { any: { $ref: '#/$defs/conditions' } } },
        else: { properties: { all: { $ref: '#/$defs/conditions' } } },
      },
      else: {
        if: { required: ['not'] },
        then: { properties: { not: { $ref: '#/$defs/condition' } } },
        else: {
          if: { required: ['fact'] },
          then: {
            properties: { fact: { enum: [...FACTS] } },
            if: { required: ['atLeast'] },
            then: { properties: { atLeast: { $ref: '#/$defs/threshold' } } },
            else: { required: ['equals'] },
          },
          else: {
            if: { required: ['question'] },
            then: {
              properties: { question: { type: 'string' } },
              if: { required: ['equals'] },
              then: { properties: { equals: { type: ['boolean', 'number', 'string'] } } },
              else: {
                if: { required: ['in'] },
                then: { properties: { in: { type: 'array', minItems: 1 } } },
                else: {
                  required: ['atLeast'],
                  properties: { atLeast: { $ref: '#/$defs/threshold' } },
                },
              },
            },
            else: false,
          },
        },
      },
    },
  },
} as const;
