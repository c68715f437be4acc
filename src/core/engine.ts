import { defaultPack } from './default-pack.js';
import { formatMessage } from './text.js';
import type {
  AnswerValue,
  ParamRef,
  Answers,
  AssessOptions,
  Assessment,
  Condition,
  ContentPack,
  Fact,
  Level,
  Question,
  Reason,
  Rule,
} from './types.js';
import { LEVELS } from './types.js';
import { describeValue, warnOnce } from './warn.js';

/** Compares levels: negative when `a` is lower than `b`. */
export function compareLevels(a: Level, b: Level): number {
  return LEVELS.indexOf(a) - LEVELS.indexOf(b);
}

/** The reasons that point to a professional (`see-doctor` or `urgent`), in rule order. */
export function referralReasons(assessment: Assessment): Reason[] {
  return assessment.reasons.filter(r => compareLevels(r.level, 'see-doctor') >= 0);
}

/** Is `value` a severity (0 none, 1 mild, 2 moderate, 3 severe)? */
const isSeverity = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 3;

/** Is a symptom answer "present" (true, or a severity of at least 1)? */
export function isPresent(value: AnswerValue | undefined): boolean {
  return value === true || (isSeverity(value) && value >= 1);
}

/** The valid option ids of a question (areas for an `areas` question). */
export function optionIds(pack: ContentPack, question: Question): string[] {
  if (question.type === 'areas') return pack.areas.map(a => a.id);
  return (question.options ?? []).map(o => o.id);
}

/**
 * Keeps only known questions with values of the right type; reports the rest in `problems`.
 * Lists are de-duplicated and keep only known ids. Never throws.
 */
export function normalizeAnswers(
  input: unknown,
  pack: ContentPack = defaultPack,
): { answers: Answers; problems: string[] } {
  const answers: Answers = {};
  const problems: string[] = [];
  if (input === null || input === undefined) return { answers, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push(`answers must be an object keyed by question id, got ${describeValue(input)}`);
    return { answers, problems };
  }
  const byId = new Map(pack.questions.map(q => [q.id, q]));
  for (const [id, value] of Object.entries(input as Record<string, unknown>)) {
    const question = byId.get(id);
    if (!question) {
      problems.push(`unknown question id ${describeValue(id)}`);
      continue;
    }
    if (value === undefined || value === null) continue;
    switch (question.type) {
      case 'symptom':
        if (typeof value === 'boolean' || isSeverity(value)) answers[id] = value;
        else
          problems.push(
            `${id}: expected true, false or a severity 0–3, got ${describeValue(value)}`,
          );
        break;
      case 'boolean':
        if (typeof value === 'boolean') answers[id] = value;
        else problems.push(`${id}: expected true or false, got ${describeValue(value)}`);
        break;
      case 'choice':
        if (typeof value === 'string' && optionIds(pack, question).includes(value))
          answers[id] = value;
        else
          problems.push(
            `${id}: expected one of ${optionIds(pack, question).join(', ')}, got ${describeValue(value)}`,
          );
        break;
      case 'multi-choice':
      case 'areas': {
        const list = Array.isArray(value) ? value : [value];
        const known = optionIds(pack, question);
        const kept = [
          ...new Set(list.filter((v): v is string => typeof v === 'string' && known.includes(v))),
        ];
        const dropped = list.filter(v => typeof v !== 'string' || !known.includes(v));
        if (dropped.length) problems.push(`${id}: unknown ids ${describeValue(dropped)}`);
        answers[id] = kept;
        break;
      }
    }
  }
  return { answers, problems };
}

interface Context {
  pack: ContentPack;
  answers: Answers;
  facts: Record<Fact, number | boolean>;
  params: Record<string, number>;
}

function numberOf(ctx: Context, id: string): number | undefined {
  const value = ctx.answers[id];
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'string') {
    const question = ctx.pack.questions.find(q => q.id === id);
    const option = question?.options?.find(o => o.id === value);
    return typeof option?.value === 'number' ? option.value : undefined;
  }
  return undefined;
}

/** Evaluates a condition against the answers. Unknown shapes are false, never an error. */
export function evaluate(condition: Condition, ctx: Context): boolean {
  if (!condition || typeof condition !== 'object') return false;
  if ('any' in condition)
    return Array.isArray(condition.any) && condition.any.some(c => evaluate(c, ctx));
  if ('all' in condition)
    return (
      Array.isArray(condition.all) &&
      condition.all.length > 0 &&
      condition.all.every(c => evaluate(c, ctx))
    );
  if ('not' in condition) return !evaluate(condition.not, ctx);
  const threshold = (v: unknown): number | undefined =>
    typeof v === 'number' ? v : v && typeof v === 'object' ? paramOf(ctx.params, v) : undefined;
  if ('fact' in condition) {
    const fact = ctx.facts[condition.fact];
    if ('equals' in condition) return fact === condition.equals;
    if ('atLeast' in condition) {
      const min = threshold(condition.atLeast);
      return min !== undefined && Number(fact) >= min;
    }
    return false;
  }
  if ('question' in condition) {
    const value = ctx.answers[condition.question];
    if (value === undefined) return false;
    if ('equals' in condition) {
      if (condition.equals === true && typeof value === 'number') return isPresent(value);
      return value === condition.equals;
    }
    if ('in' in condition) {
      const list = condition.in;
      if (!Array.isArray(list)) return false;
      return Array.isArray(value) ? value.some(v => list.includes(v)) : list.includes(value);
    }
    if ('atLeast' in condition) {
      const min = threshold(condition.atLeast);
      const n = numberOf(ctx, condition.question);
      return min !== undefined && n !== undefined && n >= min;
    }
  }
  return false;
}

/** A parameter's value, looked up as an own property only (never `constructor` or `__proto__`). */
function paramOf(params: Record<string, number>, ref: object): number | undefined {
  const name = (ref as ParamRef).param;
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(params, name))
    return undefined;
  const value = params[name];
  return typeof value === 'number' ? value : undefined;
}

/** Every question condition inside the rules' conditions (`filter` picks the rules). */
function questionConditions(pack: ContentPack, filter: (rule: Rule) => boolean) {
  const out: { question: string; atLeast?: unknown }[] = [];
  const visit = (c: any, depth: number): void => {
    if (!c || typeof c !== 'object' || depth > 32) return;
    const list = (v: unknown) => (Array.isArray(v) ? v : []);
    for (const sub of [...list(c.any), ...list(c.all), c.not]) visit(sub, depth + 1);
    if (typeof c.question === 'string') out.push(c);
  };
  for (const rule of pack.rules) if (filter(rule)) visit(rule.when, 0);
  return out;
}

/**
 * The questions the `see-doctor` and `urgent` rules read (the article's thresholds and the
 * warning signs), in pack order.
 */
export function referralQuestions(pack: ContentPack = defaultPack): string[] {
  const read = new Set(
    questionConditions(pack, r => compareLevels(r.level, 'see-doctor') >= 0).map(c => c.question),
  );
  return pack.questions.filter(q => read.has(q.id)).map(q => q.id);
}

/**
 * The values `threshold-months` (and `assess`'s `thresholdMonths`) may take: the pack's own
 * threshold and the lower bounds (`value` above 0) of the options of every question a rule
 * compares with the threshold parameter (1, 3, 6 and 12 for the default pack). Any other value
 * falls between two answers, so it would change the signed rule silently.
 */
export function thresholdChoices(pack: ContentPack = defaultPack): number[] {
  const compared = new Set(
    questionConditions(pack, () => true)
      .filter(c => (c.atLeast as ParamRef | undefined)?.param === 'thresholdMonths')
      .map(c => c.question),
  );
  const values = pack.questions
    .filter(q => compared.has(q.id))
    .flatMap(q => (q.options ?? []).map(o => o.value))
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0);
  const own = paramOf(pack.params, { param: 'thresholdMonths' });
  if (own !== undefined) values.push(own);
  return [...new Set(values)].sort((a, b) => a - b);
}

/** Counts symptoms, areas and regions. */
export function computeFacts(answers: Answers, pack: ContentPack): Context['facts'] {
  const symptomCount = pack.questions.filter(
    q => q.type === 'symptom' && isPresent(answers[q.id]),
  ).length;
  const areaIds = new Set(
    pack.questions
      .filter(q => q.type === 'areas')
      .flatMap(q => (answers[q.id] as string[] | undefined) ?? []),
  );
  const excluded = new Set(pack.widespread.excludeAreas);
  const regions = new Set(
    pack.areas.filter(a => areaIds.has(a.id) && !excluded.has(a.id)).map(a => a.region),
  );
  return {
    symptomCount,
    areaCount: areaIds.size,
    regionCount: regions.size,
    widespread: regions.size >= pack.widespread.minRegions,
  };
}

/**
 * Assesses answers against a content pack's rules. Never throws: unknown ids and values of
 * the wrong type are ignored with one warning each, a missing answer means "not answered".
 */
export function assess(answers: Answers | unknown, options: AssessOptions = {}): Assessment {
  const pack = options.pack ?? defaultPack;
  const lang = options.lang ?? 'en';
  const { answers: clean, problems } = normalizeAnswers(answers, pack);
  for (const problem of problems) warnOnce(`assess(): ${problem}; ignored.`);

  const params: Record<string, number> = Object.assign(Object.create(null), pack.params);
  let thresholdMonths = paramOf(pack.params, { param: 'thresholdMonths' }) ?? 3;
  if (options.thresholdMonths !== undefined) {
    const t = options.thresholdMonths;
    const allowed = thresholdChoices(pack);
    if (allowed.includes(t as number)) thresholdMonths = t;
    else
      warnOnce(
        `assess(): thresholdMonths=${describeValue(t)} is not valid: expected one of ${allowed.join(', ')}. Using ${thresholdMonths}.`,
      );
  }
  params.thresholdMonths = thresholdMonths;

  const facts = computeFacts(clean, pack);
  const ctx: Context = { pack, answers: clean, facts, params };
  const emergencyNumber = options.emergencyNumber?.trim();
  const reasons: Reason[] = [];
  let level: Level = 'none';
  for (const rule of pack.rules) {
    if (!evaluate(rule.when, ctx)) continue;
    const template =
      emergencyNumber && rule.emergencyMessage ? rule.emergencyMessage : rule.message;
    reasons.push({
      id: rule.id,
      level: rule.level,
      message: formatMessage(
        template,
        lang,
        { thresholdMonths, emergencyNumber: emergencyNumber ?? '' },
        thresholdMonths,
      ),
    });
    if (compareLevels(rule.level, level) > 0) level = rule.level;
  }
  const notes = (Array.isArray(pack.notes) ? pack.notes : [])
    .filter(note => evaluate(note.when, ctx))
    .map(note => ({
      id: note.id,
      message: formatMessage(note.message, lang, {}, thresholdMonths),
    }));
  return {
    level,
    reasons,
    symptomCount: facts.symptomCount as number,
    areaCount: facts.areaCount as number,
    regionCount: facts.regionCount as number,
    widespread: facts.widespread as boolean,
    thresholdMonths,
    unanswered: referralQuestions(pack).filter(id => clean[id] === undefined),
    notes,
  };
}
