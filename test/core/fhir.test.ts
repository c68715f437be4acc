import { expect } from '@open-wc/testing';
import {
  AREA_IDS,
  DURATION_IDS,
  RED_FLAG_IDS,
  SYMPTOM_IDS,
  defaultPack,
  fhirCodeSystems,
  fromQuestionnaireResponse,
  resetWarnings,
  toQuestionnaire,
  toQuestionnaireResponse,
  type Answers,
  type ContentPack,
  type FhirQuestionnaireItem,
  type FhirQuestionnaireResponse,
  type FhirResponseItem,
} from '../../src/core/index.js';
import { captureWarnings, DESIGN_EXAMPLE } from '../helpers.js';

// Schema validation against the official FHIR R4 JSON schema runs in Node (ajv is CommonJS):
// test/node/fhir-schema.test.mjs. These tests pin the mapping itself, in three engines.

const systems = fhirCodeSystems(defaultPack);
const CODE_SYSTEM = defaultPack.codeSystem;
const allAnswered = (symptom: (i: number) => boolean | number): Answers => ({
  ...Object.fromEntries(SYMPTOM_IDS.map((id, i) => [id, symptom(i)])),
  'pain-areas': [...AREA_IDS],
  duration: 'over-12-months',
  'sleep-impact': true,
  'daily-tasks-impact': false,
  'red-flags': [...RED_FLAG_IDS],
  'medication-start': false,
});
const authored = new Date(2025, 4, 6, 14, 30, 5);

/** Every question item of a Questionnaire, by linkId. */
const questionItems = (items: FhirQuestionnaireItem[] = []) =>
  new Map(items.flatMap(g => g.item ?? []).map(i => [i.linkId, i]));
/** Every answered item of a response, by linkId. */
const answeredItems = (qr: FhirQuestionnaireResponse) =>
  new Map((qr.item ?? []).flatMap(g => g.item ?? []).map(i => [i.linkId, i]));
const optionCodes = (item: FhirQuestionnaireItem | undefined) =>
  (item?.answerOption ?? []).map(o => o.valueCoding.code);
const answerCodes = (item: FhirResponseItem | undefined) =>
  (item?.answer ?? []).map(a => ('valueCoding' in a ? a.valueCoding.code : a.valueBoolean));

/** A small valid pack: two sections, its own URL and code system, an id FHIR cannot use. */
function smallPack(): ContentPack {
  const pack = structuredClone(defaultPack) as ContentPack;
  pack.id = '2024 back pain';
  pack.url = 'https://example.org/Questionnaire/back';
  pack.version = '2.1';
  pack.codeSystem = 'https://example.org/CodeSystem/back';
  pack.questions = pack.questions.filter(q => ['fatigue', 'sleep-impact'].includes(q.id));
  pack.rules = [];
  pack.notes = []; // the chest note reads the pain areas, which this pack has not
  pack.title = { en: '2024 back pain' };
  return pack;
}

beforeEach(() => resetWarnings());

describe('toQuestionnaire', () => {
  it('describes the pack: canonical url, version, computable name, active', () => {
    const q = toQuestionnaire(defaultPack);
    expect(q).to.include({
      resourceType: 'Questionnaire',
      id: 'inomyalgia',
      language: 'en',
      url: defaultPack.url,
      version: '1.0.0',
      name: 'MusclePainSelfCheck',
      title: 'Muscle pain self-check',
      status: 'active',
      description: defaultPack.disclaimer.en,
    });
    expect(toQuestionnaire()).to.deep.equal(q);
  });

  it('groups the questions by section, linkIds from the question ids', () => {
    const q = toQuestionnaire();
    expect(q.item!.map(g => [g.linkId, g.type, g.text])).to.deep.equal([
      ['section-symptoms', 'group', 'Symptoms'],
      ['section-areas', 'group', 'Painful areas'],
      ['section-duration', 'group', 'How long'],
      ['section-impact', 'group', 'Impact'],
      ['section-safety', 'group', 'Other signs'],
    ]);
    expect(q.item![0].item!.map(i => i.linkId)).to.deep.equal([...SYMPTOM_IDS]);
    expect([...questionItems(q.item).keys()]).to.deep.equal(defaultPack.questions.map(x => x.id));
  });

  it('types each question: symptoms and choices as choice, yes-no as boolean', () => {
    const items = questionItems(toQuestionnaire().item);
    const shape = (id: string) => {
      const { type, repeats } = items.get(id)!;
      return { type, repeats };
    };
    expect(shape('fatigue')).to.deep.equal({ type: 'choice', repeats: undefined });
    expect(shape('duration')).to.deep.equal({ type: 'choice', repeats: undefined });
    expect(shape('pain-areas')).to.deep.equal({ type: 'choice', repeats: true });
    expect(shape('red-flags')).to.deep.equal({ type: 'choice', repeats: true });
    for (const id of ['sleep-impact', 'daily-tasks-impact', 'medication-start']) {
      expect(shape(id)).to.deep.equal({ type: 'boolean', repeats: undefined });
      expect(items.get(id)).not.to.have.property('answerOption');
    }
    for (const item of items.values()) {
      expect(item).not.to.have.any.keys('enableWhen', 'required');
      expect(item.text).to.be.a('string').and.not.equal('');
    }
  });

  it('offers a symptom both ways: presence (yes-no) and severity 0–3', () => {
    const options = questionItems(toQuestionnaire().item).get('stiffness')!.answerOption!;
    expect(options.map(o => o.valueCoding)).to.deep.equal([
      { system: systems.presence, code: 'present', display: 'Yes' },
      { system: systems.presence, code: 'absent', display: 'No' },
      { system: systems.severity, code: 'none', display: 'None' },
      { system: systems.severity, code: 'mild', display: 'Mild' },
      { system: systems.severity, code: 'moderate', display: 'Moderate' },
      { system: systems.severity, code: 'severe', display: 'Severe' },
    ]);
    expect(systems).to.deep.equal({
      answers: CODE_SYSTEM,
      presence: `${CODE_SYSTEM}/presence`,
      severity: `${CODE_SYSTEM}/severity`,
    });
  });

  it('codes options and areas with their ids in the pack’s code system', () => {
    const items = questionItems(toQuestionnaire().item);
    expect(optionCodes(items.get('duration'))).to.deep.equal([...DURATION_IDS]);
    // and "None of these" (the answer []), in the presence system
    expect(optionCodes(items.get('red-flags'))).to.deep.equal([...RED_FLAG_IDS, 'absent']);
    expect(optionCodes(items.get('pain-areas'))).to.deep.equal([...AREA_IDS]);
    expect(items.get('duration')!.answerOption![2].valueCoding).to.deep.equal({
      system: CODE_SYSTEM,
      code: '3-to-6-months',
      display: 'More than 3 months, up to 6',
    });
    expect(items.get('pain-areas')!.answerOption![0].valueCoding.display).to.equal('Left jaw');
  });

  it('localises every text, falling back from a region to its language, else English', () => {
    const q = toQuestionnaire(defaultPack, { lang: 'es-MX' });
    const items = questionItems(q.item);
    expect(q.language).to.equal('es');
    expect(q.title).to.equal('Autoevaluación del dolor muscular');
    expect(q.item![0].text).to.equal('Síntomas');
    expect(items.get('fatigue')!.text).to.equal('Cansancio y poca energía');
    expect(items.get('fatigue')!.answerOption!.map(o => o.valueCoding.display)).to.deep.equal([
      'Sí',
      'No',
      'Nada',
      'Leve',
      'Moderado',
      'Intenso',
    ]);
    expect(items.get('duration')!.answerOption![0].valueCoding.display).to.equal('Menos de 1 mes');
    const fr = toQuestionnaire(defaultPack, { lang: 'fr' });
    expect(fr.language).to.equal('en');
    expect(fr.title).to.equal('Muscle pain self-check');
  });

  it('follows a custom pack: only its sections, its url and codes; a FHIR-safe name', () => {
    const q = toQuestionnaire(smallPack());
    expect(q).to.include({ url: 'https://example.org/Questionnaire/back', version: '2.1' });
    expect(q.name).to.equal('Q2024BackPain');
    expect(q).not.to.have.property('id'); // "2024 back pain" is not a FHIR id
    expect(q.item!.map(g => g.linkId)).to.deep.equal(['section-symptoms', 'section-impact']);
    expect(q.item![0].item![0].answerOption![0].valueCoding.system).to.equal(
      'https://example.org/CodeSystem/back/presence',
    );
  });

  it('an invalid pack gives the default pack’s Questionnaire and one warning', () => {
    const broken = { ...defaultPack, questions: 'none' } as unknown as ContentPack;
    let q!: ReturnType<typeof toQuestionnaire>;
    const warnings = captureWarnings(() => {
      q = toQuestionnaire(broken);
      toQuestionnaire(broken);
    });
    expect(q).to.deep.equal(toQuestionnaire());
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/toQuestionnaire\(\): pack is not a valid content pack/);
  });
});

describe('toQuestionnaireResponse', () => {
  it('maps the DESIGN example answers, one item per answered question', () => {
    const qr = toQuestionnaireResponse(DESIGN_EXAMPLE, { authored });
    expect(qr).to.include({
      resourceType: 'QuestionnaireResponse',
      language: 'en',
      questionnaire: `${defaultPack.url}|1.0.0`,
      status: 'completed',
    });
    expect(qr.item!.map(g => [g.linkId, g.text, g.item!.map(i => i.linkId)])).to.deep.equal([
      ['section-symptoms', 'Symptoms', ['fatigue', 'brain-fog']],
      ['section-areas', 'Painful areas', ['pain-areas']],
      ['section-duration', 'How long', ['duration']],
      ['section-impact', 'Impact', ['sleep-impact', 'daily-tasks-impact']],
    ]);
    const items = answeredItems(qr);
    expect(items.get('fatigue')).to.deep.equal({
      linkId: 'fatigue',
      text: 'Fatigue and low energy',
      answer: [{ valueCoding: { system: systems.presence, code: 'present', display: 'Yes' } }],
    });
    expect(items.get('pain-areas')!.answer).to.deep.equal([
      { valueCoding: { system: CODE_SYSTEM, code: 'neck', display: 'Neck' } },
      { valueCoding: { system: CODE_SYSTEM, code: 'lower-back', display: 'Lower back' } },
    ]);
    expect(items.get('sleep-impact')!.answer).to.deep.equal([{ valueBoolean: true }]);
    expect(items.get('daily-tasks-impact')!.answer).to.deep.equal([{ valueBoolean: false }]);
  });

  const encodings: [string, Answers, unknown[]][] = [
    ['yes-no true', { fatigue: true }, [{ system: systems.presence, code: 'present' }]],
    ['yes-no false', { fatigue: false }, [{ system: systems.presence, code: 'absent' }]],
    ['severity 0', { fatigue: 0 }, [{ system: systems.severity, code: 'none' }]],
    ['severity 1', { fatigue: 1 }, [{ system: systems.severity, code: 'mild' }]],
    ['severity 3', { fatigue: 3 }, [{ system: systems.severity, code: 'severe' }]],
    ['a duration', { duration: '1-to-3-months' }, [{ code: '1-to-3-months' }]],
    [
      'two red flags, one answer each',
      { 'red-flags': ['fever-stiff-neck', 'extreme-weakness'] },
      [{ code: 'fever-stiff-neck' }, { code: 'extreme-weakness' }],
    ],
  ];
  for (const [name, answers, expected] of encodings) {
    it(`codes ${name} with one of the item's answerOptions`, () => {
      const [id] = Object.keys(answers);
      const item = answeredItems(toQuestionnaireResponse(answers)).get(id)!;
      const options = questionItems(toQuestionnaire().item).get(id)!.answerOption!;
      expect(item.answer).to.have.length(expected.length);
      item.answer!.forEach((answer, i) => {
        expect('valueCoding' in answer && answer.valueCoding).to.include(expected[i] as object);
        expect(options.map(o => o.valueCoding)).to.deep.include(
          (answer as { valueCoding: object }).valueCoding,
        );
      });
    });
  }

  it('leaves out unanswered questions, empty lists and empty groups', () => {
    const empty = toQuestionnaireResponse({});
    expect(empty).not.to.have.property('item');
    expect(empty.status).to.equal('completed');
    const qr = toQuestionnaireResponse({ 'pain-areas': [], 'medication-start': false });
    expect(qr.item!.map(g => g.linkId)).to.deep.equal(['section-safety']);
    expect(qr.item![0].item!.map(i => i.linkId)).to.deep.equal(['medication-start']);
  });

  it('drops unknown ids and wrong types with one warning each, and never throws', () => {
    let qr!: FhirQuestionnaireResponse;
    const warnings = captureWarnings(() => {
      qr = toQuestionnaireResponse({
        headache: true,
        fatigue: 'yes',
        'brain-fog': 7,
        duration: 'forever',
        'pain-areas': ['neck', 'tail'],
        'sleep-impact': 1,
      });
    });
    expect([...answeredItems(qr).keys()]).to.deep.equal(['pain-areas']);
    expect(answerCodes(answeredItems(qr).get('pain-areas'))).to.deep.equal(['neck']);
    expect(warnings).to.have.length(6);
    expect(warnings.join('\n')).to.match(/unknown question id "headache"/);
    expect(warnings.join('\n')).to.match(/brain-fog: expected true, false or a severity 0–3/);
    const garbage: unknown[] = [null, undefined, 42, 'fatigue', [], () => 1];
    captureWarnings(() => {
      for (const answers of garbage) {
        const r = toQuestionnaireResponse(answers, null as never);
        expect(r.status).to.equal('completed');
        expect(r).not.to.have.property('item');
      }
    });
  });

  it('writes status completed by default, in-progress on request; a bad status warns', () => {
    expect(toQuestionnaireResponse({}, { status: 'in-progress' }).status).to.equal('in-progress');
    let qr!: FhirQuestionnaireResponse;
    const warnings = captureWarnings(() => {
      qr = toQuestionnaireResponse({}, { status: 'done' as never });
    });
    expect(qr.status).to.equal('completed');
    expect(warnings).to.deep.equal([
      '[myocheck] toQuestionnaireResponse(): status="done" is not valid: expected "completed" or "in-progress". Using "completed".',
    ]);
  });

  it('writes authored as a date-time with a time zone offset, to the second', () => {
    const qr = toQuestionnaireResponse({}, { authored });
    expect(qr.authored).to.match(/^2025-05-06T14:30:05[+-]\d\d:\d\d$/);
    expect(Date.parse(qr.authored!)).to.equal(authored.getTime());
    const before = Math.floor(Date.now() / 1000) * 1000;
    const now = Date.parse(toQuestionnaireResponse({}).authored!);
    expect(now).to.be.within(before, Date.now());
  });

  it('keeps a FHIR date-time string, reads other ISO strings, warns on nonsense', () => {
    for (const kept of ['2025-05-06', '2025-05-06T14:30:05Z', '2025-05-06T14:30:05.250+02:00'])
      expect(toQuestionnaireResponse({}, { authored: kept }).authored).to.equal(kept);
    const local = toQuestionnaireResponse({}, { authored: '2025-05-06T14:30' }).authored!;
    expect(local).to.match(/^2025-05-06T14:30:00[+-]\d\d:\d\d$/);
    let qr!: FhirQuestionnaireResponse;
    const warnings = captureWarnings(() => {
      qr = toQuestionnaireResponse({}, { authored: 'yesterday' });
      toQuestionnaireResponse({}, { authored: new Date(NaN) });
    });
    expect(qr.authored).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('authored="yesterday" is not valid');
  });

  it('adds a subject only when given a Reference, keeping only Reference fields', () => {
    expect(toQuestionnaireResponse({})).not.to.have.property('subject');
    const qr = toQuestionnaireResponse(
      {},
      { subject: { reference: 'Patient/7', display: '', secret: 'x' } as never },
    );
    expect(qr.subject).to.deep.equal({ reference: 'Patient/7' });
    const warnings = captureWarnings(() => {
      expect(toQuestionnaireResponse({}, { subject: 'Patient/7' as never })).not.to.have.property(
        'subject',
      );
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('subject="Patient/7" is not valid');
  });

  it('speaks Spanish in every text and display', () => {
    const qr = toQuestionnaireResponse(DESIGN_EXAMPLE, { lang: 'es' });
    const items = answeredItems(qr);
    expect(qr.language).to.equal('es');
    expect(qr.item!.map(g => g.text)).to.deep.equal([
      'Síntomas',
      'Zonas con dolor',
      'Cuánto tiempo',
      'Impacto',
    ]);
    expect(items.get('sleep-impact')!.text).to.equal('¿El dolor altera su sueño?');
    expect(answerCodes(items.get('fatigue'))).to.deep.equal(['present']);
    expect(
      (items.get('fatigue')!.answer![0] as { valueCoding: { display: string } }).valueCoding,
    ).to.have.property('display', 'Sí');
    expect(
      (items.get('brain-fog')!.answer![0] as { valueCoding: { display: string } }).valueCoding
        .display,
    ).to.equal('Moderado');
  });

  it('mirrors its Questionnaire: same linkIds, texts and order, in any language', () => {
    for (const lang of ['en', 'es']) {
      const q = toQuestionnaire(defaultPack, { lang });
      const qr = toQuestionnaireResponse(
        allAnswered(i => i % 2 === 0),
        { lang },
      );
      expect(qr.item!.map(g => [g.linkId, g.text])).to.deep.equal(
        q.item!.map(g => [g.linkId, g.text]),
      );
      const defs = questionItems(q.item);
      for (const item of answeredItems(qr).values())
        expect(item.text).to.equal(defs.get(item.linkId)!.text);
      expect([...answeredItems(qr).keys()]).to.deep.equal([...defs.keys()]);
    }
  });

  it('uses a custom pack’s canonical and code system', () => {
    const qr = toQuestionnaireResponse({ fatigue: 2 }, { pack: smallPack() });
    expect(qr.questionnaire).to.equal('https://example.org/Questionnaire/back|2.1');
    expect(answeredItems(qr).get('fatigue')!.answer).to.deep.equal([
      {
        valueCoding: {
          system: 'https://example.org/CodeSystem/back/severity',
          code: 'moderate',
          display: 'Moderate',
        },
      },
    ]);
  });
});

describe('fromQuestionnaireResponse', () => {
  const roundTrips: [string, Answers, string][] = [
    ['empty answers', {}, 'en'],
    ['the DESIGN example answers', DESIGN_EXAMPLE, 'en'],
    ['all answered, yes-no symptoms', allAnswered(i => i % 2 === 1), 'en'],
    ['all answered, severity symptoms', allAnswered(i => i % 4), 'en'],
    ['Spanish text', DESIGN_EXAMPLE, 'es'],
  ];
  for (const [name, answers, lang] of roundTrips) {
    it(`round-trips ${name}`, () => {
      const qr = toQuestionnaireResponse(answers, { lang, authored });
      const back = fromQuestionnaireResponse(JSON.parse(JSON.stringify(qr)));
      expect(back).to.deep.equal(answers);
    });
  }

  it('round-trips through a custom pack', () => {
    const pack = smallPack();
    const answers = { fatigue: false, 'sleep-impact': true };
    expect(
      fromQuestionnaireResponse(toQuestionnaireResponse(answers, { pack }), { pack }),
    ).to.deep.equal(answers);
  });

  it('ignores what it does not know, and never throws', () => {
    const qr = {
      resourceType: 'QuestionnaireResponse',
      item: [
        { linkId: 'headache', answer: [{ valueBoolean: true }] },
        { linkId: 'fatigue', answer: [{ valueCoding: { system: 'other', code: 'present' } }] },
        { linkId: 'duration', answer: [{ valueCoding: { system: CODE_SYSTEM, code: 'ages' } }] },
        { linkId: 'sleep-impact', answer: [{ valueBoolean: true }] },
        7,
        { linkId: 'brain-fog', answer: 'severe' },
      ],
    };
    expect(fromQuestionnaireResponse(qr)).to.deep.equal({ 'sleep-impact': true });
    for (const junk of [null, undefined, 'x', 1, [], { item: 'x' }, { item: [null] }])
      expect(fromQuestionnaireResponse(junk)).to.deep.equal({});
  });
});
