import type { ContentPack } from './types.js';
import { FACTS, LEVELS, QUESTION_TYPES, SECTIONS } from './types.js';
import { describeValue } from './warn.js';

/** One problem in a content pack: where (a JSON path) and what, in plain words. */
export interface PackProblem {
  path: string;
  message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const MAX_DEPTH = 32;
const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
/** Names a lookup could confuse with an object's own machinery: refused as ids and parameter names. */
const RESERVED = ['__proto__', 'constructor', 'prototype'];
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * How deep objects and lists may nest in a content pack (the default pack: 6 levels; conditions
 * nest up to 32). A deeper pack is refused before anything walks it: a walk that recurses (the
 * fingerprint, a copy) would run out of stack.
 */
export const MAX_PACK_NESTING = 100;

/** Does `value` nest objects and lists more than `limit` levels deep? (No recursion.) */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Does `text` hold a C0 or C1 control character or DEL (ESC, a line break…)? */
const hasControl = (text: string) =>
  [...text].some(ch => ch.charCodeAt(0) < 0x20 || (ch >= '\x7f' && ch <= '\x9f'));

/**
 * Checks a content pack and returns every problem found, each with a JSON path such as
 * `rules[2].when.any[0].question` and a plain message. Returns `[]` for a valid pack.
 * Never throws, whatever it is given.
 */
export function validatePack(pack: unknown): PackProblem[] {
  const problems: PackProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  if (nestsDeeperThan(pack, MAX_PACK_NESTING)) {
    report(
      '',
      `is nested more than ${MAX_PACK_NESTING} levels deep (objects and lists inside each other): the limit is ${MAX_PACK_NESTING}`,
    );
    return problems;
  }
  try {
    check(pack, report);
  } catch (error) {
    report('', `could not be read: ${String(error)}`);
  }
  return problems;
}

/** Is `pack` a usable content pack? */
export function isValidPack(pack: unknown): pack is ContentPack {
  return validatePack(pack).length === 0;
}

function check(pack: unknown, report: (path: string, message: string) => void): void {
  if (!isObj(pack)) {
    report('', `a content pack must be an object, got ${describeValue(pack)}`);
    return;
  }
  const text = (value: unknown, path: string, plural = false) => {
    if (!isObj(value))
      return report(path, `must be an object of texts by language, like {"en": "…"}`);
    if (!own(value, 'en')) report(path, 'must have an English ("en") text');
    for (const [lang, v] of Object.entries(value)) {
      if (typeof v === 'string') continue;
      if (plural && isObj(v) && typeof v.other === 'string') {
        for (const [form, t] of Object.entries(v))
          if (typeof t !== 'string') report(`${path}.${lang}.${form}`, 'must be a string');
        continue;
      }
      report(
        `${path}.${lang}`,
        plural ? 'must be a string or plural forms with "other"' : 'must be a string',
      );
    }
  };
  const list = (value: unknown, path: string, min = 1): unknown[] => {
    if (!Array.isArray(value)) {
      report(path, 'must be a list');
      return [];
    }
    if (value.length < min) report(path, `must have at least ${min} item${min === 1 ? '' : 's'}`);
    return value;
  };
  const uniqueIds = (items: unknown[], path: string): Set<string> => {
    const ids = new Set<string>();
    items.forEach((item, i) => {
      if (!isObj(item)) return report(`${path}[${i}]`, 'must be an object');
      if (!isNonEmptyString(item.id))
        return report(`${path}[${i}].id`, 'must be a non-empty string');
      if (RESERVED.includes(item.id))
        return report(`${path}[${i}].id`, `"${item.id}" is reserved: choose another id`);
      if (ids.has(item.id)) report(`${path}[${i}].id`, `duplicate id "${item.id}"`);
      ids.add(item.id);
    });
    return ids;
  };

  for (const key of ['id', 'version', 'url', 'codeSystem'] as const)
    if (!isNonEmptyString(pack[key])) report(key, 'must be a non-empty string');
  // printed to terminals and signed on the review sheet: an escape sequence could hide or fake it
  for (const key of ['id', 'version'] as const)
    if (typeof pack[key] === 'string' && hasControl(pack[key]))
      report(key, 'must not hold control characters (such as ESC, a tab or a line break)');
  text(pack.title, 'title');
  text(pack.disclaimer, 'disclaimer');
  const languages = list(pack.languages, 'languages');
  if (Array.isArray(pack.languages) && !languages.includes('en'))
    report('languages', 'must include "en"');
  const params: Obj = isObj(pack.params) ? pack.params : {};
  if (!isObj(pack.params)) report('params', 'must be an object of numbers');
  for (const [k, v] of Object.entries(params))
    if (RESERVED.includes(k)) report(`params.${k}`, `"${k}" is reserved: choose another name`);
    else if (typeof v !== 'number' || !Number.isFinite(v))
      report(`params.${k}`, 'must be a finite number');
  if (pack.publisher !== undefined && !isNonEmptyString(pack.publisher))
    report('publisher', 'must be a non-empty string');
  const date = (v: unknown, path: string) =>
    typeof v === 'string' && DATE.test(v)
      ? undefined
      : report(path, `must be a date like "2026-12-02", got ${describeValue(v)}`);
  if (pack.updated !== undefined) date(pack.updated, 'updated');
  if (pack.reviews !== undefined)
    list(pack.reviews, 'reviews', 0).forEach((r, i) => {
      if (!isObj(r)) return report(`reviews[${i}]`, 'must be an object with name, role and date');
      for (const key of ['name', 'role'])
        if (!isNonEmptyString(r[key])) report(`reviews[${i}].${key}`, 'must be a non-empty string');
      date(r.date, `reviews[${i}].date`);
    });

  // regions and areas
  const regions = list(pack.regions, 'regions');
  const regionIds = uniqueIds(regions, 'regions');
  regions.forEach((r, i) => isObj(r) && text(r.label, `regions[${i}].label`));
  const areas = list(pack.areas, 'areas', 0);
  const areaIds = uniqueIds(areas, 'areas');
  areas.forEach((a, i) => {
    if (!isObj(a)) return;
    text(a.label, `areas[${i}].label`);
    if (!regionIds.has(a.region as string))
      report(`areas[${i}].region`, `unknown region ${describeValue(a.region)}`);
    if (!['front', 'back', 'both'].includes(a.view as string))
      report(`areas[${i}].view`, `must be "front", "back" or "both", got ${describeValue(a.view)}`);
  });
  if (!isObj(pack.widespread))
    report('widespread', 'must be an object with minRegions and excludeAreas');
  else {
    const w = pack.widespread;
    if (typeof w.minRegions !== 'number' || !Number.isInteger(w.minRegions) || w.minRegions < 1)
      report('widespread.minRegions', 'must be a whole number ≥ 1');
    list(w.excludeAreas, 'widespread.excludeAreas', 0).forEach((id, i) => {
      if (!areaIds.has(id as string))
        report(`widespread.excludeAreas[${i}]`, `unknown area ${describeValue(id)}`);
    });
  }

  // questions
  const questions = list(pack.questions, 'questions');
  const questionIds = uniqueIds(questions, 'questions');
  const questionById = new Map<string, Obj>();
  const sourceIds = new Set(
    (Array.isArray(pack.sources) ? pack.sources : []).filter(isObj).map(s => s.id as string),
  );
  questions.forEach((q, i) => {
    if (!isObj(q)) return;
    const path = `questions[${i}]`;
    if (isNonEmptyString(q.id)) questionById.set(q.id, q);
    if (!SECTIONS.includes(q.section as never))
      report(
        `${path}.section`,
        `must be one of ${SECTIONS.join(', ')}, got ${describeValue(q.section)}`,
      );
    if (!QUESTION_TYPES.includes(q.type as never))
      report(
        `${path}.type`,
        `must be one of ${QUESTION_TYPES.join(', ')}, got ${describeValue(q.type)}`,
      );
    text(q.label, `${path}.label`);
    if (q.description !== undefined) text(q.description, `${path}.description`);
    if (q.short !== undefined) text(q.short, `${path}.short`);
    if (q.source !== undefined && !sourceIds.has(q.source as string))
      report(`${path}.source`, `unknown source ${describeValue(q.source)}`);
    if (q.type === 'choice' || q.type === 'multi-choice') {
      const options = list(q.options, `${path}.options`);
      uniqueIds(options, `${path}.options`);
      options.forEach((o, j) => {
        if (!isObj(o)) return;
        text(o.label, `${path}.options[${j}].label`);
        for (const key of ['value', 'max'] as const)
          if (o[key] !== undefined && (typeof o[key] !== 'number' || !Number.isFinite(o[key])))
            report(`${path}.options[${j}].${key}`, 'must be a finite number');
      });
    }
  });
  if (questionIds.size === 0 && questions.length > 0) report('questions', 'has no usable question');

  // rules
  const condition = (c: unknown, path: string, depth: number): void => {
    if (depth > MAX_DEPTH) return report(path, `is nested more than ${MAX_DEPTH} levels deep`);
    if (!isObj(c)) return report(path, 'must be a condition object');
    const threshold = (v: unknown, p: string) => {
      if (typeof v === 'number' && Number.isFinite(v)) return;
      if (isObj(v) && typeof v.param === 'string') {
        if (!own(params, v.param) || RESERVED.includes(v.param))
          report(`${p}.param`, `unknown parameter "${v.param}"`);
        return;
      }
      report(p, 'must be a number or {"param": "…"}');
    };
    if ('any' in c || 'all' in c) {
      const key = 'any' in c ? 'any' : 'all';
      list(c[key], `${path}.${key}`).forEach((sub, i) =>
        condition(sub, `${path}.${key}[${i}]`, depth + 1),
      );
      return;
    }
    if ('not' in c) return condition(c.not, `${path}.not`, depth + 1);
    if ('fact' in c) {
      if (!FACTS.includes(c.fact as never))
        report(
          `${path}.fact`,
          `unknown fact ${describeValue(c.fact)}; expected one of ${FACTS.join(', ')}`,
        );
      if ('atLeast' in c) threshold(c.atLeast, `${path}.atLeast`);
      else if (!('equals' in c)) report(path, 'a fact condition needs "equals" or "atLeast"');
      return;
    }
    if ('question' in c) {
      if (!isNonEmptyString(c.question) || !questionIds.has(c.question)) {
        report(`${path}.question`, `unknown question ${describeValue(c.question)}`);
        return;
      }
      const q = questionById.get(c.question);
      if ('equals' in c) {
        if (!['boolean', 'number', 'string'].includes(typeof c.equals))
          report(`${path}.equals`, 'must be true, false, a number or a string');
      } else if ('in' in c) {
        const values = list(c.in, `${path}.in`);
        const known =
          q?.type === 'areas'
            ? areaIds
            : new Set(Array.isArray(q?.options) ? (q.options as Obj[]).map(o => o?.id) : []);
        if (q && (q.type === 'choice' || q.type === 'multi-choice' || q.type === 'areas'))
          values.forEach((v, i) => {
            if (!known.has(v as string))
              report(
                `${path}.in[${i}]`,
                `unknown option ${describeValue(v)} of question "${c.question}"`,
              );
          });
      } else if ('atLeast' in c) threshold(c.atLeast, `${path}.atLeast`);
      else report(path, 'a question condition needs "equals", "in" or "atLeast"');
      return;
    }
    report(path, 'must have one of any, all, not, question or fact');
  };
  const rules = list(pack.rules, 'rules', 0);
  uniqueIds(rules, 'rules');
  rules.forEach((r, i) => {
    if (!isObj(r)) return;
    const path = `rules[${i}]`;
    if (!LEVELS.includes(r.level as never) || r.level === 'none')
      report(
        `${path}.level`,
        `must be one of self-care, see-doctor, urgent, got ${describeValue(r.level)}`,
      );
    condition(r.when, `${path}.when`, 0);
    text(r.message, `${path}.message`, true);
    if (r.emergencyMessage !== undefined)
      text(r.emergencyMessage, `${path}.emergencyMessage`, true);
    if (r.source !== undefined && !sourceIds.has(r.source as string))
      report(`${path}.source`, `unknown source ${describeValue(r.source)}`);
  });

  if (pack.notes !== undefined) {
    const notes = list(pack.notes, 'notes', 0);
    uniqueIds(notes, 'notes');
    notes.forEach((n, i) => {
      if (!isObj(n)) return;
      condition(n.when, `notes[${i}].when`, 0);
      text(n.message, `notes[${i}].message`, true);
      if (n.source !== undefined && !sourceIds.has(n.source as string))
        report(`notes[${i}].source`, `unknown source ${describeValue(n.source)}`);
    });
  }

  // wording
  if (!isObj(pack.levels)) report('levels', 'must have self-care, see-doctor and urgent');
  else
    for (const level of ['self-care', 'see-doctor', 'urgent']) {
      const entry = pack.levels[level];
      if (!isObj(entry)) {
        report(`levels.${level}`, 'must be an object with title and body');
        continue;
      }
      text(entry.title, `levels.${level}.title`);
      text(entry.body, `levels.${level}.body`, true);
    }
  if (!isObj(pack.selfCare)) report('selfCare', 'must be an object with title and tips');
  else {
    text(pack.selfCare.title, 'selfCare.title');
    list(pack.selfCare.tips, 'selfCare.tips', 0).forEach((tip, i) =>
      text(tip, `selfCare.tips[${i}]`),
    );
  }
  checkUi(pack.ui, languages, report);
  const sources = list(pack.sources, 'sources', 0);
  uniqueIds(sources, 'sources');
  sources.forEach((s, i) => {
    if (!isObj(s)) return;
    for (const key of ['title', 'publisher', 'url'])
      if (!isNonEmptyString(s[key])) report(`sources[${i}].${key}`, 'must be a non-empty string');
    if (isNonEmptyString(s.url) && !/^https?:\/\//i.test(s.url))
      report(`sources[${i}].url`, `must be an http(s) address, got ${describeValue(s.url)}`);
    if (s.note !== undefined && typeof s.note !== 'string')
      report(`sources[${i}].note`, 'must be a string');
  });
}

/** `ui`: the interface text of languages the pack declares, each key a string or plural forms. */
function checkUi(
  ui: unknown,
  languages: unknown[],
  report: (path: string, message: string) => void,
) {
  if (ui === undefined) return;
  if (!isObj(ui)) return report('ui', 'must be an object of interface texts by language');
  for (const [lang, table] of Object.entries(ui))
    if (lang === 'en' || !languages.includes(lang))
      report(`ui.${lang}`, 'must be a language of "languages" other than "en"');
    else if (!isObj(table)) report(`ui.${lang}`, 'must be an object of texts by key');
    else
      for (const [key, v] of Object.entries(table))
        if (typeof v !== 'string' && !(isObj(v) && typeof v.other === 'string'))
          report(`ui.${lang}.${key}`, 'must be a string or plural forms with "other"');
}
