/**
 * FHIR R4 output: a content pack as a `Questionnaire`, answers as a `QuestionnaireResponse`,
 * and a response read back into answers. Plain data in, plain JSON-ready objects out; no DOM,
 * no network, no dependency.
 *
 * The mapping, in one place:
 * - One `group` item per section that has questions, `linkId` `section-<section>`, in the
 *   order of `SECTIONS`; inside it one item per question, `linkId` = the question id.
 * - The Questionnaire's `name` and `title` come from the pack's title (never its id, which may
 *   be an article's term); `date` is the pack's `updated`, `approvalDate` and
 *   `lastReviewDate` its first and last review's dates, `publisher` its `publisher`.
 * - `boolean` questions → `type: 'boolean'`, answered with `valueBoolean`.
 * - `choice` questions (duration) → `type: 'choice'`; `multi-choice` (red flags) and `areas`
 *   (pain areas) → `type: 'choice'`, `repeats: true`. Every option is an `answerOption`
 *   `valueCoding` with `system` = `pack.codeSystem`, `code` = the option or area id and
 *   `display` = its label; a response has one `answer` per selected option.
 * - A `multi-choice` question also lists "None of these": `<codeSystem>/presence` `absent`.
 *   The answer `[]` (the reader chose "None of these") is that coding; an unanswered question
 *   has no item at all, so a reader of the response never takes a skip for a "no".
 * - The response's `text` narrative is the pack's disclaimer.
 * - `symptom` questions → `type: 'choice'` with six `answerOption`s in two code systems under
 *   `pack.codeSystem`: `<codeSystem>/presence` (`present`, `absent`: the yes-no mode's
 *   `true`/`false`) and `<codeSystem>/severity` (`none`, `mild`, `moderate`, `severe`: the
 *   severity mode's 0–3). Whichever mode collected the answer, it is one of the item's
 *   answerOptions, so the response is valid against the Questionnaire and reads back exactly.
 * - No `enableWhen`: content packs have no question-level conditions (every question is
 *   always shown and may be skipped), so no item is `required` either.
 * @module
 */
import { defaultPack } from './default-pack.js';
import { normalizeAnswers } from './engine.js';
import { addEnglish, SEVERITY_KEYS, ui, type UiKey } from './i18n.js';
import { localize, pickLang } from './text.js';
import type { AnswerValue, Answers, ContentPack, Question, Section } from './types.js';
import { SECTIONS, SEVERITIES } from './types.js';
import { validatePack } from './validate.js';
import { describeValue, warnOnce } from './warn.js';
import { enSummaryUi } from './locales/en-summary.js';

// this module's English interface text (the rest loads with every element)
addEnglish(enSummaryUi);

// Minimal hand-written FHIR R4 types: only what this module emits and reads.

/** FHIR R4 `Coding`. */
export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}

/** FHIR R4 `Reference` (the parts a page may pass as a response's `subject`). */
export interface FhirReference {
  reference?: string;
  type?: string;
  identifier?: { system?: string; value?: string };
  display?: string;
}

/** FHIR R4 `Questionnaire.item.answerOption`, coded. */
export interface FhirAnswerOption {
  valueCoding: FhirCoding;
}

/** The item types this module emits. */
export type FhirItemType = 'group' | 'boolean' | 'choice';

/** FHIR R4 `Questionnaire.item`. */
export interface FhirQuestionnaireItem {
  linkId: string;
  text?: string;
  type: FhirItemType;
  repeats?: boolean;
  answerOption?: FhirAnswerOption[];
  item?: FhirQuestionnaireItem[];
}

/** FHIR R4 `Questionnaire`. */
export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  language?: string;
  url: string;
  version: string;
  name: string;
  title?: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  subjectType?: string[];
  date?: string;
  publisher?: string;
  description?: string;
  approvalDate?: string;
  lastReviewDate?: string;
  item?: FhirQuestionnaireItem[];
}

/** FHIR R4 `QuestionnaireResponse.item.answer`. */
export type FhirResponseAnswer = { valueBoolean: boolean } | { valueCoding: FhirCoding };

/** FHIR R4 `QuestionnaireResponse.item`. */
export interface FhirResponseItem {
  linkId: string;
  text?: string;
  answer?: FhirResponseAnswer[];
  item?: FhirResponseItem[];
}

/** The statuses `toQuestionnaireResponse` writes. */
export const RESPONSE_STATUSES = ['completed', 'in-progress'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** FHIR R4 `QuestionnaireResponse`. */
export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  language?: string;
  /** Canonical `url|version` of the Questionnaire. */
  questionnaire?: string;
  status: ResponseStatus | 'amended' | 'entered-in-error' | 'stopped';
  subject?: FhirReference;
  authored?: string;
  /** The disclaimer, as FHIR narrative (XHTML). */
  text?: { status: 'generated'; div: string };
  item?: FhirResponseItem[];
}

export interface QuestionnaireOptions {
  /** Language of the `text`, `title` and `display` values; default `en`. */
  lang?: string;
}

export interface QuestionnaireResponseOptions {
  /** The content pack the answers belong to; default the article's pack. */
  pack?: ContentPack;
  /** Language of the `text` and `display` values; default `en`. */
  lang?: string;
  /** When the answers were given: a `Date` or an ISO date-time; default now. */
  authored?: string | Date;
  /** Default `completed`; `in-progress` for a self-check that is not finished. */
  status?: ResponseStatus;
  /** Who the answers are about, when the page knows (nothing is added otherwise). */
  subject?: FhirReference;
}

/** Code systems used for answer codes: the pack's own, and the two symptom answer systems. */
export function fhirCodeSystems(pack: ContentPack = defaultPack): {
  answers: string;
  presence: string;
  severity: string;
} {
  return {
    answers: pack.codeSystem,
    presence: `${pack.codeSystem}/presence`,
    severity: `${pack.codeSystem}/severity`,
  };
}

const GROUP_TEXT: Record<Section, UiKey> = {
  symptoms: 'summarySymptoms',
  areas: 'summaryAreas',
  duration: 'summaryDuration',
  impact: 'summaryImpact',
  safety: 'summarySafety',
};

/** FHIR `dateTime` (the R4 JSON schema's pattern): a time needs a time zone. */
const FHIR_DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
/** A FHIR `date` (`YYYY-MM-DD`). */
const FHIR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Text as XHTML character data. */
const xhtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** FHIR strings may not be empty: an empty text becomes `undefined`, which `compact` drops. */
const nonEmpty = (text: unknown): string | undefined =>
  typeof text === 'string' && text.trim() ? text : undefined;

/** Removes `undefined` members: FHIR JSON has no nulls and no empty values. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[])
    if (value[key] === undefined) delete value[key];
  return value;
}

/** The pack to use: the given one when it is valid, else the default pack (one warning). */
function usablePack(pack: unknown, caller: string): ContentPack {
  if (pack === undefined || pack === defaultPack) return defaultPack;
  const problems = validatePack(pack);
  if (!problems.length) return pack as ContentPack;
  const first = problems[0];
  warnOnce(
    `${caller}: pack is not a valid content pack (${first.path || '(root)'}: ${first.message}${problems.length > 1 ? ` and ${problems.length - 1} more` : ''}); using the default pack.`,
  );
  return defaultPack;
}

/** A questionnaire `name` (computer-friendly, FHIR `que-0`) from a pack id. */
function fhirName(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(part => part[0].toUpperCase() + part.slice(1))
    .join('');
  return /^[A-Z]/.test(name) ? name : `Q${name}`;
}

function coding(system: string, code: string, label: string): FhirAnswerOption {
  return { valueCoding: compact({ system, code, display: nonEmpty(label) }) };
}

function answerOptions(pack: ContentPack, question: Question, lang: string): FhirAnswerOption[] {
  const systems = fhirCodeSystems(pack);
  switch (question.type) {
    case 'symptom':
      return [
        coding(systems.presence, 'present', ui('yes', lang)),
        coding(systems.presence, 'absent', ui('no', lang)),
        ...SEVERITIES.map((code, i) => coding(systems.severity, code, ui(SEVERITY_KEYS[i], lang))),
      ];
    case 'areas':
      return pack.areas.map(a => coding(systems.answers, a.id, localize(a.label, lang)));
    default:
      return [
        ...(question.options ?? []).map(o =>
          coding(systems.answers, o.id, localize(o.label, lang)),
        ),
        ...(question.type === 'multi-choice'
          ? [coding(systems.presence, 'absent', ui('noneChosen', lang))]
          : []),
      ];
  }
}

function questionItem(pack: ContentPack, question: Question, lang: string): FhirQuestionnaireItem {
  const options = question.type === 'boolean' ? [] : answerOptions(pack, question, lang);
  return compact<FhirQuestionnaireItem>({
    linkId: question.id,
    text: nonEmpty(localize(question.label, lang)),
    type: question.type === 'boolean' ? 'boolean' : 'choice',
    repeats: question.type === 'multi-choice' || question.type === 'areas' ? true : undefined,
    answerOption: options.length ? options : undefined,
  });
}

function languageOf(pack: ContentPack, lang: unknown): string {
  return pickLang(pack.languages, typeof lang === 'string' ? lang : undefined);
}

/**
 * Maps a content pack to a FHIR R4 `Questionnaire`: one `group` per section, one item per
 * question, texts in `lang` (English where a text has no such language). See the module
 * comment for how each question type is coded. Falls back to the default pack, with one
 * warning, when `pack` is not a valid content pack.
 */
export function toQuestionnaire(
  pack: ContentPack = defaultPack,
  options: QuestionnaireOptions = {},
): FhirQuestionnaire {
  const usable = usablePack(pack, 'toQuestionnaire()');
  return questionnaireOf(usable, languageOf(usable, options?.lang));
}

function questionnaireOf(usable: ContentPack, lang: string): FhirQuestionnaire {
  const groups: FhirQuestionnaireItem[] = [];
  for (const section of SECTIONS) {
    const questions = usable.questions.filter(q => q.section === section);
    if (!questions.length) continue;
    groups.push(
      compact<FhirQuestionnaireItem>({
        linkId: `section-${section}`,
        text: nonEmpty(ui(GROUP_TEXT[section], lang)),
        type: 'group',
        item: questions.map(q => questionItem(usable, q, lang)),
      }),
    );
  }
  const dates = (usable.reviews ?? [])
    .map(r => r.date)
    .filter(d => FHIR_DATE.test(d))
    .sort();
  return compact<FhirQuestionnaire>({
    resourceType: 'Questionnaire',
    id: FHIR_ID.test(usable.id) ? usable.id : undefined,
    language: lang,
    url: usable.url,
    version: usable.version,
    name: fhirName(usable.title.en),
    title: nonEmpty(localize(usable.title, lang)),
    status: 'active',
    subjectType: ['Patient'],
    date: usable.updated && FHIR_DATE.test(usable.updated) ? usable.updated : undefined,
    publisher: nonEmpty(usable.publisher),
    description: nonEmpty(localize(usable.disclaimer, lang)),
    approvalDate: dates[0],
    lastReviewDate: dates[dates.length - 1],
    item: groups.length ? groups : undefined,
  });
}

/** The codes an answer selects, as `[system, code]` pairs. */
function selectedCodes(
  pack: ContentPack,
  question: Question,
  value: AnswerValue,
): [string, string][] {
  const systems = fhirCodeSystems(pack);
  if (question.type === 'symptom') {
    if (typeof value === 'boolean') return [[systems.presence, value ? 'present' : 'absent']];
    return typeof value === 'number' ? [[systems.severity, SEVERITIES[value]]] : [];
  }
  const ids = Array.isArray(value) ? value : [value];
  if (question.type === 'multi-choice' && !ids.length) return [[systems.presence, 'absent']];
  return ids.map(id => [systems.answers, String(id)]);
}

function responseAnswers(
  pack: ContentPack,
  question: Question,
  item: FhirQuestionnaireItem,
  value: AnswerValue,
): FhirResponseAnswer[] {
  if (item.type === 'boolean') return typeof value === 'boolean' ? [{ valueBoolean: value }] : [];
  const answers: FhirResponseAnswer[] = [];
  for (const [system, code] of selectedCodes(pack, question, value)) {
    const option = item.answerOption?.find(
      o => o.valueCoding.system === system && o.valueCoding.code === code,
    );
    if (option) answers.push({ valueCoding: { ...option.valueCoding } });
  }
  return answers;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A `Date` as a FHIR dateTime in the local time zone, to the second. */
function localDateTime(date: Date): string {
  const offset = -Math.round(date.getTimezoneOffset());
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

function authoredOf(value: unknown, caller: string): string {
  if (value === undefined) return localDateTime(new Date());
  if (typeof value === 'string' && FHIR_DATE_TIME.test(value)) return value;
  const date =
    value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  if (date && !Number.isNaN(date.getTime())) {
    const text = localDateTime(date);
    if (FHIR_DATE_TIME.test(text)) return text;
  }
  const now = localDateTime(new Date());
  warnOnce(
    `${caller}: authored=${describeValue(value instanceof Date ? String(value) : value)} is not valid: expected a Date or an ISO date-time. Using the current time.`,
  );
  return now;
}

/** Copies the known string fields of a Reference; anything else is dropped. */
function referenceOf(value: unknown, caller: string): FhirReference | undefined {
  if (value === undefined) return undefined;
  const obj = (v: unknown): Record<string, unknown> =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const v = obj(value);
  const id = obj(v.identifier);
  const identifier = compact({ system: nonEmpty(id.system), value: nonEmpty(id.value) });
  const ref = compact<FhirReference>({
    reference: nonEmpty(v.reference),
    type: nonEmpty(v.type),
    identifier: Object.keys(identifier).length ? identifier : undefined,
    display: nonEmpty(v.display),
  });
  if (Object.keys(ref).length) return ref;
  warnOnce(
    `${caller}: subject=${describeValue(value)} is not valid: expected a FHIR Reference such as {"reference": "Patient/123"}. Leaving it out.`,
  );
  return undefined;
}

/**
 * Maps answers to a FHIR R4 `QuestionnaireResponse` for `toQuestionnaire(pack)`: the same
 * groups and texts, one item per answered question only, one `answer` per selected option.
 * Unknown question ids and values of the wrong type are left out with one warning each;
 * a bad option falls back to its default with one warning. Never throws.
 */
export function toQuestionnaireResponse(
  answers: Answers | unknown,
  options: QuestionnaireResponseOptions = {},
): FhirQuestionnaireResponse {
  const caller = 'toQuestionnaireResponse()';
  const opts: QuestionnaireResponseOptions = options && typeof options === 'object' ? options : {};
  const pack = usablePack(opts.pack, caller);
  const lang = languageOf(pack, opts.lang);
  const questionnaire = questionnaireOf(pack, lang);
  const { answers: clean, problems } = normalizeAnswers(answers, pack);
  for (const problem of problems) warnOnce(`${caller}: ${problem}; left out.`);

  let status: ResponseStatus = 'completed';
  if (opts.status !== undefined) {
    if (RESPONSE_STATUSES.includes(opts.status)) status = opts.status;
    else
      warnOnce(
        `${caller}: status=${describeValue(opts.status)} is not valid: expected "completed" or "in-progress". Using "completed".`,
      );
  }

  const byId = new Map(pack.questions.map(q => [q.id, q]));
  const disclaimer = nonEmpty(localize(pack.disclaimer, lang));
  const groups: FhirResponseItem[] = [];
  for (const group of questionnaire.item ?? []) {
    const items: FhirResponseItem[] = [];
    for (const item of group.item ?? []) {
      const question = byId.get(item.linkId);
      const value = clean[item.linkId];
      if (!question || value === undefined) continue;
      const answer = responseAnswers(pack, question, item, value);
      if (answer.length) items.push(compact({ linkId: item.linkId, text: item.text, answer }));
    }
    if (items.length) groups.push(compact({ linkId: group.linkId, text: group.text, item: items }));
  }

  return compact<FhirQuestionnaireResponse>({
    resourceType: 'QuestionnaireResponse',
    language: lang,
    questionnaire: `${pack.url}|${pack.version}`,
    status,
    subject: referenceOf(opts.subject, caller),
    authored: authoredOf(opts.authored, caller),
    text: disclaimer
      ? {
          status: 'generated',
          div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${xhtml(disclaimer)}</p></div>`,
        }
      : undefined,
    item: groups.length ? groups : undefined,
  });
}

/**
 * Reads a `QuestionnaireResponse` made by `toQuestionnaireResponse` (or any response to the
 * same Questionnaire) back into answers. Items, codes and values it does not know are left
 * out. Never throws.
 */
export function fromQuestionnaireResponse(
  response: unknown,
  options: { pack?: ContentPack } = {},
): Answers {
  const pack = usablePack(options?.pack, 'fromQuestionnaireResponse()');
  const systems = fhirCodeSystems(pack);
  const byId = new Map(pack.questions.map(q => [q.id, q]));
  const raw: Record<string, unknown> = {};
  const isObj = (v: unknown): v is Record<string, any> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const codes = (answers: unknown[], system: string): string[] =>
    answers
      .map(a => (isObj(a) && isObj(a.valueCoding) ? a.valueCoding : undefined))
      .filter(c => c && c.system === system && typeof c.code === 'string')
      .map(c => c!.code as string);

  const visit = (items: unknown, depth: number): void => {
    if (!Array.isArray(items) || depth > 8) return;
    for (const item of items) {
      if (!isObj(item)) continue;
      visit(item.item, depth + 1);
      const question = byId.get(item.linkId);
      const answers: unknown[] = Array.isArray(item.answer) ? item.answer : [];
      if (!question || !answers.length) continue;
      switch (question.type) {
        case 'boolean': {
          const first = answers.find(a => isObj(a) && typeof a.valueBoolean === 'boolean');
          if (isObj(first)) raw[question.id] = first.valueBoolean;
          break;
        }
        case 'symptom': {
          const [presence] = codes(answers, systems.presence);
          const [severity] = codes(answers, systems.severity);
          if (presence === 'present' || presence === 'absent')
            raw[question.id] = presence === 'present';
          else if (SEVERITIES.includes(severity as never))
            raw[question.id] = SEVERITIES.indexOf(severity as (typeof SEVERITIES)[number]);
          break;
        }
        case 'choice': {
          const [code] = codes(answers, systems.answers);
          if (code !== undefined) raw[question.id] = code;
          break;
        }
        default: {
          // "None of these" (presence `absent`) is the empty list
          const ids = codes(answers, systems.answers);
          if (ids.length || codes(answers, systems.presence).includes('absent'))
            raw[question.id] = ids;
        }
      }
    }
  };
  if (isObj(response)) visit(response.item, 0);
  return normalizeAnswers(raw, pack).answers;
}
