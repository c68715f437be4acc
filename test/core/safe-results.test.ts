// Issue 19, the core's half: skipped is never "none" (summary, text, FHIR), what is unanswered,
// signed thresholds, plural level texts, review facts, the chest note and packs that validate
// but would break the page.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  assess,
  defaultPack,
  formatMessage,
  fromQuestionnaireResponse,
  RED_FLAG_IDS,
  resetWarnings,
  summary,
  summaryText,
  thresholdChoices,
  toQuestionnaire,
  toQuestionnaireResponse,
  unansweredText,
  validatePack,
  type Answers,
  type ContentPack,
} from '../../src/core/index.js';
import { plural } from '../../src/core/text.js';
import '../../src/core/locales/es.js';
import { validPack } from '../arbitraries.js';
import { captureWarnings } from '../helpers.js';

const clone = (): any => structuredClone(defaultPack);
const safetyItem = (answers: Answers, lang = 'en', id = 'red-flags') =>
  summary(answers, { lang })
    .sections.flatMap(s => s.items)
    .find(i => i.id === id)!;

beforeEach(() => resetWarnings());

describe('skipped is never "none" (scenario 2)', () => {
  it('says "Not answered" for the warning signs when they were skipped', () => {
    expect(safetyItem({}).value).to.equal('Not answered');
    expect(safetyItem({ fatigue: true }).value).to.equal('Not answered');
    expect(safetyItem({}, 'es').value).to.equal('Sin responder');
    const text = summaryText({});
    expect(text).not.to.contain('None reported');
    expect(text).to.contain('Along with the muscle pain, do you have any of these? Not answered');
  });

  it('says "None of these" only when it was chosen (the answer [])', () => {
    expect(safetyItem({ 'red-flags': [] }).value).to.equal('None of these');
    expect(safetyItem({ 'red-flags': [] }, 'es').value).to.equal('Ninguno de estos');
    expect(summaryText({ 'red-flags': [] })).to.contain('any of these? None of these');
    expect(safetyItem({ 'red-flags': ['extreme-weakness'] }).value).to.equal(
      'Extreme muscle weakness',
    );
  });

  it('FHIR: an unanswered item has no answer; "None of these" is a listed answer option', () => {
    const items = (answers: Answers) =>
      (toQuestionnaireResponse(answers).item ?? []).flatMap(g => g.item ?? []);
    expect(items({}).find(i => i.linkId === 'red-flags')).to.equal(undefined);
    const none = items({ 'red-flags': [] }).find(i => i.linkId === 'red-flags')!;
    expect(none.answer).to.have.length(1);
    const coding = (none.answer![0] as { valueCoding: object }).valueCoding;
    expect(coding).to.include({ code: 'absent', display: 'None of these' });
    const question = toQuestionnaire()
      .item!.flatMap(g => g.item ?? [])
      .find(i => i.linkId === 'red-flags')!;
    expect(question.answerOption!.map(o => o.valueCoding)).to.deep.include(coding);
    expect(fromQuestionnaireResponse(toQuestionnaireResponse({ 'red-flags': [] }))).to.deep.equal({
      'red-flags': [],
    });
    expect(fromQuestionnaireResponse(toQuestionnaireResponse({}))).to.deep.equal({});
  });
});

describe('what is still unanswered (scenario 3)', () => {
  it('lists the referral questions without an answer, in pack order', () => {
    expect(assess({ fatigue: true }).unanswered).to.deep.equal([
      'duration',
      'sleep-impact',
      'daily-tasks-impact',
      'red-flags',
      'medication-start',
    ]);
    const some = assess({ 'sleep-problems': true, 'red-flags': [], 'medication-start': false });
    expect(some.unanswered).to.deep.equal(['duration', 'sleep-impact', 'daily-tasks-impact']);
  });

  it('says so in a sentence, in English and Spanish', () => {
    const a = assess({ fatigue: true, 'red-flags': [], 'medication-start': false });
    expect(unansweredText(a)).to.equal('You have not answered: how long, sleep, and daily tasks.');
    expect(unansweredText(a, defaultPack, 'es')).to.equal(
      'No ha respondido: cuánto tiempo, sueño y tareas diarias.',
    );
    const all = assess({
      fatigue: true,
      duration: 'under-1-month',
      'sleep-impact': false,
      'daily-tasks-impact': false,
      'red-flags': [],
      'medication-start': false,
    });
    expect(all.unanswered).to.deep.equal([]);
    expect(unansweredText(all)).to.equal('');
  });

  it('the self-care text never claims the answers lack the signs', () => {
    for (const lang of ['en', 'es']) {
      const body = formatMessage(defaultPack.levels['self-care'].body, lang, {}, 3);
      expect(body).not.to.match(/do not include|no incluyen/);
      expect(body).to.contain(lang === 'en' ? 'more than 3 months' : 'más de 3 meses');
    }
  });
});

describe('signed thresholds (scenarios 4 and 12)', () => {
  it('accepts only the lower bounds of the duration answers', () => {
    expect(thresholdChoices(defaultPack)).to.deep.equal([1, 3, 6, 12]);
    const pack = clone();
    pack.params.thresholdMonths = 2;
    expect(thresholdChoices(pack)).to.deep.equal([1, 2, 3, 6, 12]);
  });

  it('keeps the pack’s threshold for any other value, with a warning naming the allowed values', () => {
    let result!: ReturnType<typeof assess>;
    const warnings = captureWarnings(() => {
      result = assess({ duration: '3-to-6-months' }, { thresholdMonths: 4 });
    });
    expect(result.thresholdMonths).to.equal(3);
    expect(result.level).to.equal('see-doctor');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('thresholdMonths=4').and.contain('1, 3, 6, 12');
    for (const bad of [0, 2, 5, 13, -1])
      captureWarnings(() =>
        expect(assess({}, { thresholdMonths: bad }).thresholdMonths, String(bad)).to.equal(3),
      );
  });

  it('level texts take plural forms: "more than 1 month", "más de 1 mes"', () => {
    const body = defaultPack.levels['self-care'].body;
    expect(formatMessage(body, 'en', {}, 1)).to.contain('more than 1 month,');
    expect(formatMessage(body, 'en', {}, 6)).to.contain('more than 6 months,');
    expect(formatMessage(body, 'es', {}, 1)).to.contain('más de 1 mes,');
    const pack = clone();
    pack.levels['see-doctor'].body = { en: { one: '# month', other: '# months' } };
    expect(validatePack(pack)).to.deep.equal([]);
  });
});

describe('the disclaimer in the QuestionnaireResponse (scenario 5)', () => {
  it('is the narrative, as an XHTML div, in the visitor’s language', () => {
    const qr = toQuestionnaireResponse({ fatigue: true });
    expect(qr.text).to.deep.equal({
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${defaultPack.disclaimer.en}</p></div>`,
    });
    expect(toQuestionnaireResponse({}, { lang: 'es' }).text!.div).to.contain(
      defaultPack.disclaimer.es,
    );
    const pack = clone();
    pack.disclaimer = { en: 'A & B <i>' };
    expect(toQuestionnaireResponse({}, { pack }).text!.div).to.contain('A &amp; B &lt;i&gt;');
  });
});

describe('review facts and a neutral name (scenario 6)', () => {
  it('the Questionnaire never carries the article’s term as its name or title', () => {
    const q = toQuestionnaire();
    expect(q.name).to.equal('MusclePainSelfCheck');
    expect(q.title).to.equal('Muscle pain self-check');
    expect(`${q.name} ${q.title} ${q.description}`).not.to.match(/inomyalgia/i);
    expect(q).to.include({ date: defaultPack.updated, publisher: 'myocheck' });
    expect(q).not.to.have.property('approvalDate');
  });

  it('carries approvalDate and lastReviewDate from the reviews', () => {
    const pack = clone();
    pack.reviews = [
      { name: 'Dr A. Reviewer', role: 'Physician', date: '2026-11-02' },
      { name: 'Dr B. Reviewer', role: 'Rheumatologist', date: '2026-12-01' },
    ];
    expect(validatePack(pack)).to.deep.equal([]);
    expect(toQuestionnaire(pack)).to.include({
      approvalDate: '2026-11-02',
      lastReviewDate: '2026-12-01',
    });
  });

  it('checks the new fields', () => {
    const pack = clone();
    pack.updated = 'yesterday';
    pack.reviews = [{ name: '', role: 'x', date: '2026-13-01' }];
    expect(validatePack(pack).map(p => p.path)).to.deep.equal([
      'updated',
      'reviews[0].name',
      'reviews[0].date',
    ]);
  });

  it('records the source article and that its term is not a diagnosis', () => {
    const article = defaultPack.sources.find(s => s.id === 'article')!;
    expect(article.title).to.contain('Inomyalgia');
    expect(article.note).to.contain('not an established diagnosis');
  });
});

describe('the chest note (scenario 7)', () => {
  it('is added when the chest is chosen, cited, and does not change the level', () => {
    const with_ = assess({ 'pain-areas': ['chest'] });
    const without = assess({ 'pain-areas': ['neck'] });
    expect(with_.level).to.equal(without.level);
    expect(with_.notes.map(n => n.id)).to.deep.equal(['chest']);
    expect(with_.notes[0].message).to.contain('emergency help');
    expect(without.notes).to.deep.equal([]);
    const note = defaultPack.notes!.find(n => n.id === 'chest')!;
    expect(defaultPack.sources.find(s => s.id === note.source)!.publisher).to.equal('NHS');
    expect(assess({ 'pain-areas': ['chest'] }, { lang: 'es' }).notes[0].message).to.contain(
      'pecho',
    );
  });

  it('is in the summary and its text', () => {
    const text = summaryText({ 'pain-areas': ['chest'] });
    expect(text).to.contain('Chest pain can have other causes.');
    expect(summaryText({ 'pain-areas': ['neck'] })).not.to.contain('Chest pain');
  });
});

describe('packs that validate never break the page (scenario 8)', () => {
  it('refuses a plural form that is not text', () => {
    const pack = clone();
    pack.rules[5].message = { en: { one: 5, other: 'a sign' } };
    expect(validatePack(pack)).to.deep.include({
      path: 'rules[5].message.en.one',
      message: 'must be a string',
    });
    pack.rules[5].message = { en: { few: ['x'], other: 'a sign' } };
    expect(validatePack(pack).map(p => p.path)).to.deep.equal(['rules[5].message.en.few']);
  });

  it('refuses __proto__, constructor and prototype as ids and parameters', () => {
    for (const name of ['__proto__', 'constructor', 'prototype']) {
      const byParam = clone();
      byParam.rules[1].when = { question: 'duration', atLeast: { param: name } };
      expect(
        validatePack(byParam).map(p => p.path),
        name,
      ).to.deep.equal(['rules[1].when.atLeast.param']);
      const byId = clone();
      byId.questions[0].id = name;
      expect(
        validatePack(byId).map(p => p.path),
        name,
      ).to.deep.include('questions[0].id');
      const byParamName = JSON.parse(
        JSON.stringify({ ...clone(), params: { thresholdMonths: 3 } }).replace(
          '"params":{',
          `"params":{"${name}":1,`,
        ),
      );
      expect(
        validatePack(byParamName).map(p => p.path),
        name,
      ).to.deep.include(`params.${name}`);
    }
  });

  it('plural() falls back to "other" when a form is missing or not text', () => {
    expect(plural({ one: 5 as never, other: '# signs' }, 'en', 1)).to.equal('1 signs');
    expect(plural({ other: '# signs' }, 'en', 1)).to.equal('1 signs');
    expect(plural({ other: 7 } as never, 'en', 1)).to.equal('');
  });

  it('assess never throws on valid packs × answers × thresholds; a chosen red flag is urgent', () => {
    const redFlag = fc.uniqueArray(fc.constantFrom(...RED_FLAG_IDS), { minLength: 1 });
    captureWarnings(() => {
      fc.assert(
        fc.property(
          fc.dictionary(fc.string(), fc.anything()),
          redFlag,
          fc.oneof(fc.constantFrom(1, 3, 6, 12), fc.anything()),
          fc.constantFrom('en', 'es', 'xx'),
          fc.boolean(),
          (noise, flags, threshold, lang, withNumber) => {
            const answers = { ...noise, 'red-flags': flags };
            const result = assess(answers, {
              thresholdMonths: threshold as number,
              lang,
              emergencyNumber: withNumber ? '112' : undefined,
            });
            expect(result.level).to.equal('urgent');
            const reason = result.reasons.find(r => r.level === 'urgent')!;
            expect(reason.message.trim()).not.to.equal('');
          },
        ),
        { numRuns: 200 },
      );
      fc.assert(
        fc.property(
          validPack,
          fc.anything(),
          fc.anything(),
          fc.constantFrom('en', 'es'),
          (pack, answers, threshold, lang) => {
            const withUrgent = withRedFlag(pack);
            expect(validatePack(withUrgent)).to.deep.equal([]);
            const result = assess(answers, {
              pack: withUrgent,
              thresholdMonths: threshold as number,
              lang,
            });
            unansweredText(result, withUrgent, lang);
            const urgent = assess(
              { ...(typeof answers === 'object' && answers ? answers : {}), 'x-flags': ['x-a'] },
              { pack: withUrgent, thresholdMonths: threshold as number, lang },
            );
            expect(urgent.level).to.equal('urgent');
            expect(urgent.reasons.find(r => r.id === 'x-urgent')!.message).to.equal('Call now');
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});

/** A valid pack with a warning-sign question and its urgent rule added. */
function withRedFlag(pack: ContentPack): ContentPack {
  return {
    ...pack,
    questions: [
      ...pack.questions.filter(q => q.id !== 'x-flags'),
      {
        id: 'x-flags',
        section: 'safety',
        type: 'multi-choice',
        label: { en: 'Signs' },
        options: [{ id: 'x-a', label: { en: 'A' } }],
      },
    ],
    rules: [
      ...pack.rules.filter(r => r.id !== 'x-urgent'),
      {
        id: 'x-urgent',
        level: 'urgent',
        when: { question: 'x-flags', in: ['x-a'] },
        message: { en: 'Call now' },
      },
    ],
  };
}
