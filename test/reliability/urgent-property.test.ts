// A property at the element level, with fast-check: for generated valid content packs (each
// with the default pack's warning-sign question and rule added), generated answers and
// generated attribute values, every element renders without an exception, and a chosen warning
// sign always gives `urgent`, with the urgent alert visible and never empty, in the banner and
// in the quiz's result. Few runs: each one renders the four elements.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import '../../src/define/myo-symptom-checklist.js';
import '../../src/define/myo-body-map.js';
import '../../src/define/myo-referral-banner.js';
import '../../src/define/myo-self-check.js';
import { defaultPack, resetWarnings, validatePack } from '../../src/core/index.js';
import type { Answers, ContentPack } from '../../src/core/types.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import { validPack } from '../arbitraries.js';
import { addPackScript, captureWarningsAsync, deepElements, settleTree } from '../helpers.js';

const RED_FLAGS = defaultPack.questions.find(q => q.id === 'red-flags')!;
const RED_FLAG_RULE = defaultPack.rules.find(r => r.id === 'red-flags')!;
const SIGNS = RED_FLAGS.options!.map(o => o.id);

/** A valid pack that also asks the warning signs, with their urgent rule. */
const packWithSigns: fc.Arbitrary<ContentPack> = validPack
  .filter(
    p =>
      !p.questions.some(q => q.id === RED_FLAGS.id) &&
      !p.rules.some(r => r.id === RED_FLAG_RULE.id),
  )
  .map(p => ({
    ...p,
    questions: [...p.questions, RED_FLAGS],
    rules: [...p.rules, RED_FLAG_RULE],
    sources: p.sources.some(s => s.id === RED_FLAG_RULE.source)
      ? p.sources
      : [...p.sources, defaultPack.sources.find(s => s.id === RED_FLAG_RULE.source)!],
  }))
  .filter(p => validatePack(p).length === 0);

/** Loose answers for a pack's questions (the store drops what does not fit), and ≥1 sign. */
const answersFor = (pack: ContentPack): fc.Arbitrary<Answers> =>
  fc
    .tuple(
      ...pack.questions
        .filter(q => q.id !== RED_FLAGS.id)
        .map(q => {
          const ids =
            q.type === 'areas' ? pack.areas.map(a => a.id) : (q.options ?? []).map(o => o.id);
          const value = fc.oneof(
            fc.boolean(),
            fc.integer({ min: 0, max: 3 }),
            ...(ids.length ? [fc.constantFrom(...ids), fc.subarray(ids)] : []),
          );
          return fc.option(value, { nil: undefined }).map(v => [q.id, v] as const);
        }),
      fc.subarray(SIGNS, { minLength: 1 }),
    )
    .map(entries => {
      const signs = entries.pop() as string[];
      const answers: Answers = { [RED_FLAGS.id]: signs };
      for (const [id, v] of entries as (readonly [string, Answers[string] | undefined])[])
        if (v !== undefined) answers[id] = v;
      return answers;
    });

/** Attribute values, valid and not, of the group and the elements. */
const attributes = fc.record({
  lang: fc.constantFrom('en', 'es', 'pt-BR', 'xx', ''),
  emergencyNumber: fc.constantFrom('', '112', '+1 (555) 010-911', 'call us', '999'),
  thresholdMonths: fc.constantFrom('', '1', '3', '6', '12', '4', 'soon', '-1'),
  ctaHref: fc.constantFrom('', '/find-a-doctor', 'tel:111', 'javascript:alert(1)'),
  showWhen: fc.constantFrom('', 'self-care', 'see-doctor', 'urgent'),
  mode: fc.constantFrom('', 'yes-no', 'severity', 'stars'),
  view: fc.constantFrom('', 'front', 'back', 'both', 'side'),
});

const isVisible = (el: Element | null | undefined) => !!el && el.getClientRects().length > 0;
const alertText = (banner: Element) =>
  (banner.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();

describe('reliability: a chosen warning sign always shows the urgent alert', function () {
  this.timeout(180_000);
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`rejection: ${String(e.reason)}`);
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  it('valid packs × answers × attribute values: everything renders, and the level is urgent with its alert text visible', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        packWithSigns.chain(pack => fc.tuple(fc.constant(pack), answersFor(pack), attributes)),
        async ([pack, answers, a]) => {
          resetGroupStores();
          resetWarnings();
          errors.length = 0;
          const group = `urgent-${++n}`;
          const script = addPackScript(group, pack);
          const box = document.createElement('div');
          box.style.width = '360px';
          const set = (el: Element, name: string, value: string) => {
            if (value) el.setAttribute(name, value);
          };
          try {
            await captureWarningsAsync(async () => {
              box.innerHTML = `<myo-symptom-checklist></myo-symptom-checklist><myo-body-map></myo-body-map><myo-referral-banner></myo-referral-banner><myo-self-check step="result"></myo-self-check>`;
              const [checklist, map, banner, quiz] = [...box.children];
              for (const el of box.children) {
                el.setAttribute('group', group);
                set(el, 'lang', a.lang);
              }
              checklist.setAttribute('content', group);
              set(checklist, 'mode', a.mode);
              set(map, 'view', a.view);
              set(banner, 'threshold-months', a.thresholdMonths);
              set(banner, 'emergency-number', a.emergencyNumber);
              set(banner, 'cta-href', a.ctaHref);
              set(banner, 'show-when', a.showWhen);
              set(quiz, 'cta-href', a.ctaHref);
              document.body.append(box);
              const store = getGroupStore(group);
              await store.ready;
              store.replace(answers);
              await settleTree(box);
              for (const el of [box, ...deepElements(box)])
                if ('updateComplete' in el) await (el as LitElement).updateComplete;
              await settleTree(box);
            });
            const what = `run ${n} (${JSON.stringify(a)}, answers ${JSON.stringify(answers)})`;
            expect(errors, `${what}: no exception`).to.deep.equal([]);
            const store = getGroupStore(group);
            expect(store.pack.id, `${what}: the generated pack is used`).to.equal(pack.id);
            for (const el of box.children)
              expect(
                el.shadowRoot!.childElementCount,
                `${what}: <${el.localName}> rendered`,
              ).to.be.above(0);
            expect(store.level, what).to.equal('urgent');
            const banner = box.querySelector('myo-referral-banner')!;
            const quiz = box.querySelector('myo-self-check')!;
            const inner = quiz.shadowRoot!.querySelector('myo-referral-banner')!;
            for (const b of [banner, inner]) {
              expect(b.getAttribute('level'), what).to.equal('urgent');
              expect(alertText(b), `${what}: the alert has text`).not.to.equal('');
              expect(
                isVisible(b.shadowRoot!.querySelector('[role="alert"]')),
                `${what}: visible`,
              ).to.equal(true);
              expect(alertText(b), `${what}: what to do now`).to.match(/\S/);
              expect(
                isVisible(b.shadowRoot!.querySelector('[part~="emergency-row"]')),
                `${what}: the emergency action`,
              ).to.equal(true);
            }
          } finally {
            box.remove();
            script.remove();
          }
        },
      ),
      { numRuns: 8, endOnFailure: true, includeErrorInReport: true },
    );
  });
});
