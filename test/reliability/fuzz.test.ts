// Fuzzing with fast-check: every attribute of every element gets random strings, numbers,
// empty values, 100 KB values, unicode and markup; the default pack gets random mutations
// through `content=`. Nothing may throw, every element keeps rendering, and an invalid value
// of an enumerated or numeric attribute gives exactly one warning naming the element and the
// attribute (a valid one gives none).
import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import '../../src/define/myo-symptom-checklist.js';
import '../../src/define/myo-body-map.js';
import '../../src/define/myo-referral-banner.js';
import '../../src/define/myo-self-check.js';
import {
  AREA_IDS,
  SYMPTOM_IDS,
  defaultPack,
  resetWarnings,
  validatePack,
} from '../../src/core/index.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import { addPackScript, deepElements, fixture } from '../helpers.js';
import {
  DEFAULT_PACK_JSON,
  garbageSmall,
  mutate,
  packMutation,
  type Json,
} from '../arbitraries.js';

type Verdict = 'valid' | 'invalid' | 'either';

interface AttrSpec {
  name: string;
  /** Valid values the generator mixes in (so valid paths run too). */
  valid: string[];
  /** Which values are valid; absent: free text or a boolean, which never warns. */
  oracle?: (value: string) => Verdict;
  /** Set before each run so every fuzzed value is a change (`null`: no attribute). */
  baseline: string | null;
  /** Applied by a form reset (the `value` attribute is a default value, like an input's). */
  viaReset?: boolean;
  /** Each run in a group of its own (a group's store loads one pack id once). */
  freshGroup?: boolean;
  /** Prepares the element before this attribute's runs. */
  setup?: (el: LitElement) => void | Promise<void>;
}

// ---------------------------------------------------------------------------------------
// values

const KB100 = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);
const HUGE = [
  fill('a'),
  fill('<img src=x onerror="window.__fuzzPwned=1">'),
  fill('😀\u202E\u0301ñ中'),
  fill('symptoms,fatigue,neck,'),
];
/** A 100 KB value, shown by its index in fast-check's reports (not 100 KB of text). */
class Huge {
  constructor(readonly index: number) {}
  [fc.toStringMethod](): string {
    return `HUGE[${this.index}] (${KB100} characters)`;
  }
}
type Sample = string | Huge;
const text = (v: Sample): string => (typeof v === 'string' ? v : HUGE[v.index]);
const garbage: fc.Arbitrary<Sample> = fc.oneof(
  { weight: 15, arbitrary: garbageSmall },
  { weight: 1, arbitrary: fc.nat(HUGE.length - 1).map(i => new Huge(i)) },
);
/** Garbage, valid values, and valid values dressed up (case, spaces, lists with garbage). */
const valuesFor = (spec: AttrSpec): fc.Arbitrary<Sample> =>
  fc.oneof(
    { weight: 5, arbitrary: garbage },
    { weight: 3, arbitrary: fc.constantFrom(...spec.valid) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...spec.valid), garbageSmall, fc.nat(3))
        .map(([v, g, how]) => [` ${v} `, v.toUpperCase(), `${v},${g}`, `${g},${v}`][how]),
    },
  );

// ---------------------------------------------------------------------------------------
// oracles: what the spec says is valid

const tokens = (v: string) =>
  v
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
const oneOf =
  (valid: readonly string[], empty: Verdict) =>
  (v: string): Verdict => {
    if (v === '') return empty;
    if (v.trim() === '') return 'either'; // blank: unset, or invalid
    if (valid.includes(v)) return 'valid';
    return valid.includes(v.trim().toLowerCase()) ? 'either' : 'invalid';
  };
const listOf =
  (valid: readonly string[], caseInsensitive = false) =>
  (v: string): Verdict => {
    const t = tokens(v);
    if (!t.length) return v.trim() === '' ? 'valid' : 'either';
    const known = (x: string) => valid.includes(caseInsensitive ? x.toLowerCase() : x);
    if (t.every(known)) return 'valid';
    return t.every(x => valid.includes(x.toLowerCase())) ? 'either' : 'invalid';
  };
/** `threshold-months` takes only the duration answers' lower bounds (the default pack's 1, 3, 6, 12). */
const months = (v: string): Verdict => {
  if (v.trim() === '') return 'either'; // Number('') is 0, but a blank number is no number
  return [1, 3, 6, 12].includes(Number(v)) ? 'valid' : 'invalid';
};
const SAFE_PROTOCOLS = ['http:', 'https:', 'tel:', 'mailto:'];
/** Judged by the browser's own URL parser: where would the link really go? */
const href = (v: string): Verdict => {
  if (v === '') return 'valid';
  // eslint-disable-next-line no-control-regex
  if (v.replace(/[\u0000-\u0020]/g, '') === '') return 'either';
  let url: URL;
  try {
    url = new URL(v, location.href);
  } catch {
    return 'either';
  }
  return SAFE_PROTOCOLS.includes(url.protocol) ? 'valid' : 'invalid';
};
const phone = (v: string): Verdict => {
  if (v === '') return 'valid';
  const t = v.trim();
  if (t === '') return 'either';
  return /^[0-9 +\-()]+$/.test(t) && /\d/.test(t) ? 'valid' : 'invalid';
};

const common = (tag: string): AttrSpec[] => [
  {
    name: 'group',
    valid: ['a', 'default', 'group-2', 'ñ'],
    oracle: v => (v.trim() ? 'valid' : 'invalid'),
    baseline: `fuzz-${tag}`,
  },
  { name: 'lang', valid: ['en', 'es', 'es-MX', 'EN', 'fr', 'ar', 'zz-ZZ'], baseline: 'en' },
  { name: 'disabled', valid: ['', 'disabled', 'false'], baseline: null },
  { name: 'heading', valid: ['', 'My heading'], baseline: null },
  {
    name: 'heading-level',
    valid: ['1', '2', '3', '4', '5', '6'],
    oracle: v => {
      const n = Number(v);
      return Number.isInteger(n) && n >= 1 && n <= 6 ? 'valid' : 'invalid';
    },
    baseline: '2',
  },
  {
    name: 'content',
    valid: ['missing-pack', 'fuzz-root'],
    // no <script type="application/json"> has these ids: any non-blank id is invalid
    oracle: v => (v.trim() ? 'invalid' : 'either'),
    baseline: '',
    freshGroup: true,
  },
  {
    name: 'persist',
    valid: ['session', 'local'],
    oracle: v => (v === '' ? 'valid' : oneOf(['session', 'local'], 'valid')(v)),
    baseline: '',
  },
];

/** A JSON array of ids (what a restored form state is) is read as a list too. */
const isJsonArray = (v: string) => {
  try {
    return Array.isArray(JSON.parse(v));
  } catch {
    return false;
  }
};
const bodyMapValue = (v: string): Verdict => {
  if (isJsonArray(v)) return 'either';
  return tokens(v).every(id => (AREA_IDS as readonly string[]).includes(id)) ? 'valid' : 'invalid';
};
const checklistValue = (v: string): Verdict => {
  if (v.trim() === '') return 'valid';
  try {
    const parsed = JSON.parse(v);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? 'either' : 'invalid';
  } catch {
    return 'invalid';
  }
};

const SEE_DOCTOR = { 'sleep-impact': true, fatigue: true };
const seed = (el: LitElement) =>
  getGroupStore(el.getAttribute('group') ?? 'default').merge(SEE_DOCTOR);

const ELEMENTS: Record<string, AttrSpec[]> = {
  'myo-symptom-checklist': [
    ...common('myo-symptom-checklist'),
    {
      name: 'sections',
      valid: ['symptoms', 'duration,impact', 'safety, symptoms', 'impact'],
      oracle: listOf(['symptoms', 'duration', 'impact', 'safety'], true),
      baseline: 'symptoms,duration,impact,safety',
    },
    {
      name: 'symptoms',
      valid: ['fatigue', 'brain-fog, fatigue', SYMPTOM_IDS.join(','), ''],
      oracle: listOf(SYMPTOM_IDS),
      baseline: '',
    },
    {
      name: 'mode',
      valid: ['yes-no', 'severity'],
      oracle: oneOf(['yes-no', 'severity'], 'valid'),
      baseline: 'yes-no',
    },
    { name: 'name', valid: ['answers', ''], baseline: 'answers' },
    { name: 'required', valid: ['', 'required'], baseline: null },
    {
      name: 'value',
      valid: ['{"fatigue":true}', '{}', '', '{"duration":"3-to-6-months","brain-fog":2}'],
      oracle: checklistValue,
      baseline: null,
      viaReset: true,
    },
  ],
  'myo-body-map': [
    ...common('myo-body-map'),
    {
      name: 'view',
      valid: ['front', 'back', 'both'],
      oracle: oneOf(['front', 'back', 'both'], 'either'),
      baseline: 'both',
    },
    {
      name: 'areas',
      valid: ['neck', 'neck,upper-back,lower-back', AREA_IDS.join(','), ''],
      oracle: v => (isJsonArray(v) ? 'either' : listOf(AREA_IDS)(v)),
      baseline: null,
    },
    { name: 'list-view', valid: ['', 'list-view'], baseline: null },
    { name: 'name', valid: ['areas', ''], baseline: 'areas' },
    { name: 'required', valid: ['', 'required'], baseline: null },
    {
      name: 'value',
      valid: ['neck', 'jaw-left,chest', ''],
      oracle: bodyMapValue,
      baseline: null,
      viaReset: true,
    },
  ],
  'myo-referral-banner': [
    ...common('myo-referral-banner'),
    {
      name: 'threshold-months',
      valid: ['1', '3', '6', '12', ' 6 '],
      oracle: months,
      baseline: '3',
      setup: seed,
    },
    {
      name: 'cta-href',
      valid: ['/find-a-doctor', 'https://example.org/doctors', 'tel:112', 'mailto:a@b.c', '?q=1'],
      oracle: href,
      baseline: '/find-a-doctor',
      setup: seed,
    },
    { name: 'cta-label', valid: ['Find a doctor', ''], baseline: null, setup: seed },
    {
      name: 'emergency-number',
      valid: ['112', '+1 (555) 010-0000', '911'],
      oracle: phone,
      baseline: '112',
      setup: el =>
        getGroupStore(el.getAttribute('group')!).merge({ 'red-flags': ['fever-stiff-neck'] }),
    },
    {
      name: 'show-when',
      valid: ['self-care', 'see-doctor'],
      oracle: oneOf(['self-care', 'see-doctor'], 'either'),
      baseline: 'self-care',
    },
    {
      name: 'fixed-level',
      valid: ['self-care', 'see-doctor', 'urgent'],
      oracle: oneOf(['self-care', 'see-doctor', 'urgent'], 'valid'),
      baseline: null,
    },
  ],
  'myo-self-check': [
    ...common('myo-self-check'),
    {
      name: 'steps',
      valid: ['symptoms,areas,impact,result', 'areas', 'impact,symptoms', 'result', 'safety'],
      oracle: listOf(['safety', 'symptoms', 'areas', 'impact', 'result']),
      baseline: '',
    },
    {
      name: 'step',
      valid: ['safety', 'symptoms', 'areas', 'impact', 'result'],
      oracle: v =>
        v === '' ? 'valid' : oneOf(['safety', 'symptoms', 'areas', 'impact', 'result'], 'valid')(v),
      baseline: 'symptoms',
    },
    {
      name: 'mode',
      valid: ['yes-no', 'severity'],
      oracle: oneOf(['yes-no', 'severity'], 'valid'),
      baseline: '',
    },
    ...(['cta-href', 'cta-label', 'emergency-number', 'threshold-months'] as const).map(
      (name): AttrSpec => ({
        name,
        valid: {
          'cta-href': ['/find-a-doctor', 'https://example.org', 'tel:112'],
          'cta-label': ['Find a doctor', ''],
          'emergency-number': ['112', '+44 (0) 999'],
          'threshold-months': ['1', '3', '6', '12'],
        }[name],
        oracle: {
          'cta-href': href,
          'cta-label': undefined,
          'emergency-number': phone,
          'threshold-months': months,
        }[name],
        baseline: {
          'cta-href': '/x',
          'cta-label': null,
          'emergency-number': '112',
          'threshold-months': '3',
        }[name],
        // the result step shows the banner and its call to action
        setup: async el => {
          getGroupStore(el.getAttribute('group')!).merge({
            ...SEE_DOCTOR,
            'red-flags': ['fever-stiff-neck'],
          });
          el.setAttribute('step', 'result');
        },
      }),
    ),
  ],
};

// ---------------------------------------------------------------------------------------
// helpers

const INNER = 'myo-symptom-checklist, myo-body-map, myo-referral-banner';

/** Waits for the element and the elements it renders; returns the error an update threw. */
async function settle(el: LitElement): Promise<unknown> {
  try {
    await el.updateComplete;
    for (const inner of el.shadowRoot!.querySelectorAll<LitElement>(INNER))
      await inner.updateComplete;
    await el.updateComplete;
    return undefined;
  } catch (error) {
    return error;
  }
}

/** What "still renders" means for each element. */
const ALIVE: Record<string, string> = {
  'myo-symptom-checklist': 'fieldset[part~="section"] input',
  'myo-body-map': '[role="checkbox"], input[part~="checkbox"]',
  'myo-referral-banner': '[part~="base"]',
  'myo-self-check': '[part~="step-heading"]',
};

const errors: string[] = [];
const warnings: string[] = [];
const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) =>
  errors.push(`unhandledrejection: ${String(e.reason)}`);
const originalWarn = console.warn;

/** Mocha hooks for a suite: collect uncaught errors and warnings while it runs. */
function watchErrorsAndWarnings(): void {
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = originalWarn;
  });
}

/** WebKit's error.stack lacks the message, and fast-check reports the stack: put it back. */
async function reported(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof Error && !String(error.stack).includes(error.message))
      error.stack = `${error.message}\n${error.stack}`;
    throw error;
  }
}

const short = (v: string) => JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v);

/** Checks one element after a change; throws (for fast-check) when a property broke. */
function verify(el: LitElement, tag: string, what: string, updateError: unknown): void {
  if (updateError) throw new Error(`${what}: the update threw ${String(updateError)}`);
  if (errors.length) throw new Error(`${what}: ${errors.join('; ')}`);
  const root = el.shadowRoot!;
  if (!root.childElementCount || !root.querySelector(ALIVE[tag]))
    throw new Error(`${what}: <${tag}> no longer renders (${ALIVE[tag]} missing)`);
  for (const node of deepElements(root)) {
    if (node.localName === 'script' || node.localName === 'img')
      throw new Error(`${what}: a <${node.localName}> element was created`);
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
      let protocol = '';
      try {
        protocol = new URL(node.getAttribute('href')!, location.href).protocol;
      } catch {
        continue; // an address the browser cannot parse goes nowhere
      }
      if (!SAFE_PROTOCOLS.includes(protocol) && protocol !== 'blob:')
        throw new Error(`${what}: a link to ${protocol} was rendered`);
    }
  }
}

// ---------------------------------------------------------------------------------------

describe('reliability: fuzzing', function () {
  this.timeout(120_000);
  watchErrorsAndWarnings();
  after(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  beforeEach(() => {
    resetGroupStores();
    resetWarnings();
    errors.length = 0;
  });

  for (const [tag, specs] of Object.entries(ELEMENTS)) {
    it(`<${tag}>: ≥1,000 random values over its ${specs.length} attributes never break it; invalid ones warn once`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      const el = document.createElement(tag) as LitElement;
      for (const s of specs) if (s.baseline !== null) el.setAttribute(s.name, s.baseline);
      form.append(el);
      await settle(el);
      const perAttribute = Math.ceil(1000 / specs.length);
      let runs = 0;
      let fresh = 0;

      for (const spec of specs) {
        await spec.setup?.(el);
        await settle(el);
        await fc.assert(
          fc.asyncProperty(valuesFor(spec), sample =>
            reported(async () => {
              const value = text(sample);
              runs++;
              // start from a valid value, so every fuzzed value is a change
              if (spec.baseline === null) el.removeAttribute(spec.name);
              else el.setAttribute(spec.name, spec.baseline);
              await settle(el);
              resetWarnings();
              warnings.length = 0;
              errors.length = 0;

              if (spec.freshGroup) el.setAttribute('group', `fresh-${fresh++}`);
              el.setAttribute(spec.name, value);
              if (spec.viaReset) form.reset();
              const updateError = await settle(el);
              const what = `<${tag}> ${spec.name}=${short(value)}`;
              verify(el, tag, what, updateError);

              if (!spec.oracle) {
                if (warnings.length)
                  throw new Error(`${what}: free text or a boolean warned: ${warnings[0]}`);
                return;
              }
              const verdict = spec.oracle(value);
              const pattern = new RegExp(`<${tag}> ${spec.name}[=:]`);
              const named = warnings.filter(w => pattern.test(w));
              if (verdict === 'invalid') {
                if (named.length !== 1)
                  throw new Error(
                    `${what}: expected exactly one warning naming <${tag}> and ${spec.name}=, got ${named.length}: ${warnings.join(' | ').slice(0, 300)}`,
                  );
                if (!/expected|not (a )?(valid|questions?)/.test(named[0]))
                  throw new Error(
                    `${what}: the warning does not say what was expected: ${named[0]}`,
                  );
              } else if (verdict === 'valid' && warnings.length) {
                throw new Error(`${what}: a valid value warned: ${warnings[0].slice(0, 300)}`);
              } else if (named.length > 1) {
                throw new Error(`${what}: ${named.length} warnings for one value`);
              }
            }),
          ),
          { numRuns: perAttribute, endOnFailure: true, includeErrorInReport: true },
        );
        // leave the attribute valid for the next one
        if (spec.baseline === null) el.removeAttribute(spec.name);
        else el.setAttribute(spec.name, spec.baseline);
        if (spec.freshGroup) el.setAttribute('group', `fuzz-${tag}`);
        await settle(el);
      }
      expect(runs).to.be.at.least(1000);
      expect((window as { __fuzzPwned?: unknown }).__fuzzPwned).to.equal(undefined);
    });
  }
});

describe('reliability: removing an attribute', () => {
  before(() => {
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  after(() => {
    console.warn = originalWarn;
    sessionStorage.clear();
    localStorage.clear();
  });
  beforeEach(() => {
    resetGroupStores();
    resetWarnings();
  });

  for (const [tag, specs] of Object.entries(ELEMENTS)) {
    it(`<${tag}>: removing any attribute after a valid value goes back to the default silently`, async () => {
      const pack = addPackScript('removal-pack', defaultPack);
      const el = await fixture<LitElement>(`<${tag} group="removal"></${tag}>`);
      await settle(el);
      const problems: string[] = [];
      try {
        for (const spec of specs) {
          const value =
            spec.name === 'content'
              ? 'removal-pack'
              : spec.valid.find(v => v !== '' && (!spec.oracle || spec.oracle(v) === 'valid'));
          if (value === undefined) continue;
          el.setAttribute(spec.name, value);
          await settle(el);
          resetWarnings();
          warnings.length = 0;
          el.removeAttribute(spec.name);
          const error = await settle(el);
          if (error) problems.push(`${spec.name}: the update threw ${String(error)}`);
          if (!el.shadowRoot!.querySelector(ALIVE[tag]))
            problems.push(`${spec.name}: nothing rendered`);
          if (warnings.length)
            problems.push(`${spec.name}="${value}", then removed: ${warnings.join(' | ')}`);
        }
      } finally {
        pack.remove();
      }
      expect(problems).to.deep.equal([]);
    });
  }
});

// ---------------------------------------------------------------------------------------
// content packs

/** Breaks the JSON text itself now and then: cut short or a stray character. */
const breakText = fc.option(
  fc.tuple(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.constantFrom('', '{', ',', '"', '\u0000'),
  ),
  { freq: 6 },
);

const DEFAULT_QUESTIONS = defaultPack.questions.filter(q => q.type !== 'areas').map(q => q.id);

/** The questions (or areas) an element shows, read from its rendered controls. */
function shownIds(el: LitElement, tag: string): string[] {
  const root = el.shadowRoot!;
  switch (tag) {
    case 'myo-symptom-checklist':
      return [
        ...new Set(
          [...root.querySelectorAll<HTMLElement>('input[data-question]')].map(
            i => i.dataset.question!,
          ),
        ),
      ];
    case 'myo-body-map':
      return [...root.querySelectorAll<SVGElement>('[role="checkbox"]')].map(c => c.dataset.area!);
    case 'myo-self-check': {
      const inner = root.querySelector('myo-symptom-checklist');
      return inner ? shownIds(inner as LitElement, 'myo-symptom-checklist') : [];
    }
    default:
      return [];
  }
}
const EXPECTED_DEFAULT: Record<string, string[]> = {
  'myo-symptom-checklist': DEFAULT_QUESTIONS,
  'myo-body-map': [...AREA_IDS],
  'myo-self-check': ['red-flags'], // its first step: the warning signs
  'myo-referral-banner': [],
};

describe('reliability: mutated content packs', function () {
  this.timeout(120_000);
  watchErrorsAndWarnings();
  beforeEach(() => {
    resetGroupStores();
    resetWarnings();
    errors.length = 0;
  });

  for (const tag of Object.keys(ELEMENTS)) {
    it(`<${tag}>: a broken pack in content= warns naming content= and falls back to the default pack`, async () => {
      const el = await fixture<LitElement>(`<${tag} group="pack-0"></${tag}>`);
      await settle(el);
      let n = 0;
      let invalid = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(packMutation, { minLength: 1, maxLength: 3 }),
          breakText,
          (ms, broken) =>
            reported(async () => {
              const id = `fuzz-pack-${tag}-${++n}`;
              const pack = JSON.parse(JSON.stringify(DEFAULT_PACK_JSON)) as Json;
              for (const m of ms) mutate(pack, m);
              let text = JSON.stringify(pack);
              if (broken) {
                const at = Math.floor(broken[0] * text.length);
                text = text.slice(0, at) + broken[1] + (broken[1] ? text.slice(at) : '');
              }
              let parsed: unknown;
              let problems: unknown[];
              try {
                parsed = JSON.parse(text);
                problems = validatePack(parsed);
              } catch {
                problems = ['unparseable'];
              }
              if (problems.length) invalid++;

              const script = addPackScript(id, text);
              resetWarnings();
              warnings.length = 0;
              errors.length = 0;
              try {
                el.setAttribute('group', id);
                el.setAttribute('content', id);
                const updateError = await settle(el);
                const what = `<${tag}> content=${id} (${JSON.stringify(ms.map(m => [m.op, m.path.join('.')]))}${broken ? ` text broken at ${broken[0].toFixed(3)} with ${JSON.stringify(broken[1])}` : ''})`;
                if (updateError)
                  throw new Error(`${what}: the update threw ${String(updateError)}`);
                if (errors.length) throw new Error(`${what}: ${errors.join('; ')}`);
                if (!el.shadowRoot!.childElementCount) throw new Error(`${what}: nothing rendered`);
                const store = getGroupStore(id);
                const named = warnings.filter(
                  w => w.includes('content=') && w.includes(`<${tag}>`),
                );
                if (problems.length) {
                  if (named.length !== 1)
                    throw new Error(
                      `${what}: expected one warning naming content=, got ${warnings.join(' | ')}`,
                    );
                  if (store.pack !== defaultPack)
                    throw new Error(`${what}: did not fall back to the default pack`);
                  expect(shownIds(el, tag), `${what}: the default questions`).to.have.members(
                    EXPECTED_DEFAULT[tag],
                  );
                } else {
                  // still a valid pack: it is used, silently
                  if (named.length) throw new Error(`${what}: a valid pack warned: ${named[0]}`);
                  expect(store.pack, `${what}: the custom pack is used`).to.deep.equal(parsed);
                }
              } finally {
                script.remove();
              }
            }),
        ),
        { numRuns: 40, endOnFailure: true, includeErrorInReport: true },
      );
      expect(invalid, 'most mutations break the pack').to.be.greaterThan(20);
    });
  }
});
