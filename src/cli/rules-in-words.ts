import type {
  Condition,
  ContentPack,
  Fact,
  Level,
  Option,
  ParamRef,
  Question,
} from '../core/types.js';
import { SEVERITIES } from '../core/types.js';

/** A condition in plain English: a sentence, and the parts it lists (for `any`, `all`, `not`). */
export interface Words {
  text: string;
  parts?: Words[];
}

/** How each level reads in a sentence ("See a doctor when: …"). */
export const LEVEL_NAMES: Record<Level, string> = {
  none: 'Nothing to show',
  'self-care': 'Self-care',
  'see-doctor': 'See a doctor',
  urgent: 'Get medical care now',
};

/** The attribute a page can change a parameter with, where there is one. */
const PARAM_ATTRIBUTES: Record<string, string> = { thresholdMonths: 'threshold-months' };

/** “Label”: English text in curly quotes (pack text: the caller escapes it). */
const quote = (text: string) => `“${text}”`;

/** "a, b or c" — joined here rather than by Intl, so the sheet reads the same on every Node. */
export function joinWords(items: string[], last: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** Describes a rule's condition with the pack's own labels, in English. */
export function describeCondition(condition: Condition, pack: ContentPack): Words {
  const questions = new Map(pack.questions.map(q => [q.id, q]));
  const areaLabels = new Map(pack.areas.map(a => [a.id, a.label.en]));
  const label = (q: Question) => quote(q.label.en);
  const optionLabel = (q: Question, id: unknown) => {
    if (q.type === 'areas' && typeof id === 'string' && areaLabels.has(id))
      return quote(areaLabels.get(id)!);
    const option = q.options?.find(o => o.id === id);
    return option ? quote(option.label.en) : `the value ${JSON.stringify(id)}`;
  };
  const threshold = (value: number | ParamRef): { n: number | undefined; text: string } => {
    if (typeof value === 'number') return { n: value, text: String(value) };
    const n = pack.params[value.param];
    const attribute = PARAM_ATTRIBUTES[value.param];
    const how = attribute
      ? `the threshold ${value.param}, which a page can change with its ${attribute} attribute`
      : `the pack parameter ${value.param}`;
    return { n, text: `${n} (${how})` };
  };

  const walk = (c: Condition): Words => {
    if ('any' in c) {
      const parts = c.any.map(walk);
      return parts.length === 1 ? parts[0] : { text: 'any of these:', parts };
    }
    if ('all' in c) {
      const parts = c.all.map(walk);
      return parts.length === 1 ? parts[0] : { text: 'all of these:', parts };
    }
    if ('not' in c) return { text: 'this is not the case:', parts: [walk(c.not)] };
    if ('fact' in c) return { text: describeFact(c, pack, threshold) };
    const q = questions.get(c.question);
    if (!q) return { text: `the unknown question ${JSON.stringify(c.question)}` };
    if ('equals' in c) return { text: describeEquals(q, c.equals, label, optionLabel) };
    if ('in' in c) {
      const options = joinWords(
        c.in.map(v => optionLabel(q, v)),
        'or',
      );
      if (q.type === 'multi-choice' || q.type === 'areas')
        return { text: `the answers to ${label(q)} include ${options}` };
      return { text: `the answer to ${label(q)} is ${options}` };
    }
    const { n, text } = threshold(c.atLeast);
    return { text: describeAtLeast(q, n, text, label) };
  };
  return walk(condition);
}

function describeEquals(
  q: Question,
  value: boolean | number | string,
  label: (q: Question) => string,
  optionLabel: (q: Question, id: unknown) => string,
): string {
  if (q.type === 'symptom') {
    if (value === true) return `${label(q)} is reported (“yes”, or any severity from mild up)`;
    if (value === false) return `${label(q)} is answered “no”`;
    if (typeof value === 'number') return `${label(q)} is rated ${severityName(value)}`;
  }
  if (q.type === 'boolean' && typeof value === 'boolean')
    return `the answer to ${label(q)} is ${value ? '“yes”' : '“no”'}`;
  if (q.type === 'choice') return `the answer to ${label(q)} is ${optionLabel(q, value)}`;
  return `the answer to ${label(q)} is exactly ${JSON.stringify(value)}`;
}

function describeAtLeast(
  q: Question,
  n: number | undefined,
  text: string,
  label: (q: Question) => string,
): string {
  if (n === undefined) return `the answer to ${label(q)} is at least ${text}`;
  switch (q.type) {
    case 'choice': {
      const from = (q.options ?? []).filter(
        (o: Option) => typeof o.value === 'number' && o.value >= n,
      );
      const list = joinWords(
        from.map(o => quote(o.label.en)),
        'or',
      );
      return from.length
        ? `the answer to ${label(q)} has a value of ${text} or more: ${list}`
        : `the answer to ${label(q)} has a value of ${text} or more, which no option has (this never fires)`;
    }
    case 'symptom':
      return n <= 1
        ? `${label(q)} is reported (“yes”, or any severity from mild up)`
        : `${label(q)} is rated ${severityName(n)} or more`;
    case 'boolean':
      return n <= 0 ? `${label(q)} is answered` : `the answer to ${label(q)} is “yes”`;
    default:
      return `at least ${text} ${n === 1 ? 'answer is' : 'answers are'} chosen for ${label(q)}`;
  }
}

const severityName = (n: number) =>
  Number.isInteger(n) && n >= 0 && n < SEVERITIES.length
    ? `${SEVERITIES[n]} (${n})`
    : `at severity ${n}`;

function describeFact(
  c: { fact: Fact; equals?: unknown; atLeast?: number | ParamRef },
  pack: ContentPack,
  threshold: (v: number | ParamRef) => { n: number | undefined; text: string },
): string {
  const symptoms = pack.questions.filter(q => q.type === 'symptom').length;
  const count =
    c.atLeast !== undefined
      ? `at least ${threshold(c.atLeast).text}`
      : `exactly ${JSON.stringify(c.equals)}`;
  switch (c.fact) {
    case 'symptomCount':
      return `${count} of the ${plural(symptoms, 'symptom', 'symptoms')} ${c.atLeast === 1 ? 'is' : 'are'} reported`;
    case 'areaCount':
      return `${count} painful body ${c.atLeast === 1 ? 'area is' : 'areas are'} chosen`;
    case 'regionCount':
      return `painful areas are in ${count} body regions (counted as for “pain in many areas”)`;
    case 'widespread':
      if (c.equals === true || c.atLeast !== undefined)
        return 'there is pain in many areas (see “Body areas”)';
      return 'there is not pain in many areas (see “Body areas”)';
  }
}
