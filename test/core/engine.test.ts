import { expect } from '@open-wc/testing';
import {
  assess,
  AREA_IDS,
  defaultPack,
  DURATION_IDS,
  resetWarnings,
  SYMPTOM_IDS,
  type Answers,
  type Level,
} from '../../src/core/index.js';
import { captureWarnings, DESIGN_EXAMPLE } from '../helpers.js';

const lowerBound: Record<string, number> = {
  'under-1-month': 0,
  '1-to-3-months': 1,
  '3-to-6-months': 3,
  '6-to-12-months': 6,
  'over-12-months': 12,
};

describe('assess: duration × impact × threshold table', () => {
  for (const threshold of [1, 3, 6, 12]) {
    for (const duration of DURATION_IDS) {
      for (const impact of [undefined, 'sleep-impact', 'daily-tasks-impact'] as const) {
        const durationFires = lowerBound[duration] >= threshold;
        const expected: Level = durationFires || impact ? 'see-doctor' : 'none';
        const reasons = [
          ...(durationFires ? ['duration'] : []),
          ...(impact === 'sleep-impact' ? ['sleep'] : []),
          ...(impact === 'daily-tasks-impact' ? ['daily-tasks'] : []),
        ];
        it(`${duration}, ${impact ?? 'no impact'}, threshold ${threshold} → ${expected} [${reasons}]`, () => {
          const answers: Answers = { duration };
          if (impact) answers[impact] = true;
          const result = assess(answers, { thresholdMonths: threshold });
          expect(result.level).to.equal(expected);
          expect(result.reasons.map(r => r.id)).to.deep.equal(reasons);
          expect(result.thresholdMonths).to.equal(threshold);
        });
      }
    }
  }
});

describe('assess: the article’s thresholds and DESIGN examples', () => {
  it('nothing reported → none, no reasons', () => {
    const result = assess({});
    expect(result).to.deep.equal({
      level: 'none',
      reasons: [],
      symptomCount: 0,
      areaCount: 0,
      regionCount: 0,
      widespread: false,
      thresholdMonths: 3,
      unanswered: [
        'duration',
        'sleep-impact',
        'daily-tasks-impact',
        'red-flags',
        'medication-start',
      ],
      notes: [],
    });
  });

  it('the DESIGN example answers → see-doctor for pain for more than three months', () => {
    const result = assess(DESIGN_EXAMPLE);
    expect(result.level).to.equal('see-doctor');
    expect(result.reasons.map(r => r.id)).to.deep.equal(['self-care', 'duration', 'sleep']);
    expect(result.reasons[1].message).to.equal('pain for more than 3 months');
    expect(result.reasons[1].level).to.equal('see-doctor');
    expect(result.symptomCount).to.equal(2);
    expect(result.areaCount).to.equal(2);
    expect(result.regionCount).to.equal(1);
  });

  it('exactly "1 to 3 months" is not "more than three months"', () => {
    expect(assess({ duration: '1-to-3-months', fatigue: true }).level).to.equal('self-care');
  });

  it('"3 to 6 months" is more than three months', () => {
    expect(assess({ duration: '3-to-6-months' }).level).to.equal('see-doctor');
  });

  it('one symptom → self-care', () => {
    const result = assess({ fatigue: true });
    expect(result.level).to.equal('self-care');
    expect(result.reasons.map(r => r.id)).to.deep.equal(['self-care']);
  });

  it('one painful area alone → self-care', () => {
    expect(assess({ 'pain-areas': ['jaw-left'] }).level).to.equal('self-care');
  });

  it('sleep-impact no and daily-tasks no → none', () => {
    expect(assess({ 'sleep-impact': false, 'daily-tasks-impact': false }).level).to.equal('none');
  });

  it('medicine started → see-doctor with reason medication', () => {
    const result = assess({ 'medication-start': true });
    expect(result.level).to.equal('see-doctor');
    expect(result.reasons.map(r => r.id)).to.deep.equal(['medication']);
    expect(assess({ 'medication-start': false }).level).to.equal('none');
  });

  for (const flag of ['breathing-dizziness', 'extreme-weakness', 'fever-stiff-neck']) {
    it(`red flag ${flag} → urgent with reason red-flags`, () => {
      const result = assess({ 'red-flags': [flag], fatigue: true, 'sleep-impact': true });
      expect(result.level).to.equal('urgent');
      expect(result.reasons.map(r => r.id)).to.include('red-flags');
      expect(result.reasons.find(r => r.id === 'red-flags')!.level).to.equal('urgent');
    });
  }

  it('an empty red-flag list is not urgent', () => {
    expect(assess({ 'red-flags': [] }).level).to.equal('none');
  });

  it('the emergency number goes into the red-flag message', () => {
    const result = assess({ 'red-flags': ['extreme-weakness'] }, { emergencyNumber: '112' });
    expect(result.reasons[0].message).to.contain('112');
    const without = assess({ 'red-flags': ['extreme-weakness'] });
    expect(without.reasons[0].message).not.to.contain('{emergencyNumber}');
  });

  it('the level is the highest fired rule', () => {
    expect(assess({ fatigue: true, 'red-flags': ['fever-stiff-neck'] }).level).to.equal('urgent');
    expect(assess({ fatigue: true, duration: 'over-12-months' }).level).to.equal('see-doctor');
  });
});

describe('assess: symptoms and severity', () => {
  it('severity 0 is not present', () => {
    expect(assess({ fatigue: 0 }).symptomCount).to.equal(0);
    expect(assess({ fatigue: 0 }).level).to.equal('none');
  });
  for (const severity of [1, 2, 3]) {
    it(`severity ${severity} is present`, () => {
      expect(assess({ fatigue: severity }).symptomCount).to.equal(1);
    });
  }
  it('false is not present; all six true count six', () => {
    expect(assess({ fatigue: false }).symptomCount).to.equal(0);
    const all = Object.fromEntries(SYMPTOM_IDS.map(id => [id, true]));
    expect(assess(all).symptomCount).to.equal(6);
  });
});

describe('assess: areas, regions and widespread pain', () => {
  const cases: [string, string[], number, number, boolean][] = [
    [
      'jaw, chest and abdomen do not count as regions',
      ['jaw-left', 'jaw-right', 'chest', 'abdomen'],
      4,
      0,
      false,
    ],
    [
      'three limb regions are not widespread',
      ['shoulder-left', 'shoulder-right', 'hip-left'],
      3,
      3,
      false,
    ],
    [
      'four regions are widespread',
      ['shoulder-left', 'shoulder-right', 'hip-left', 'hip-right'],
      4,
      4,
      true,
    ],
    [
      'three limb regions and the neck are widespread',
      ['lower-arm-left', 'upper-arm-right', 'lower-leg-left', 'neck'],
      4,
      4,
      true,
    ],
    [
      'three regions and the chest are not widespread',
      ['lower-arm-left', 'upper-arm-right', 'lower-leg-left', 'chest'],
      4,
      3,
      false,
    ],
    ['all 19 areas → 5 regions', [...AREA_IDS], 19, 5, true],
    ['duplicates count once', ['neck', 'neck', 'upper-back'], 2, 1, false],
  ];
  for (const [name, areas, areaCount, regionCount, widespread] of cases) {
    it(name, () => {
      const result = assess({ 'pain-areas': areas });
      expect(result.areaCount).to.equal(areaCount);
      expect(result.regionCount).to.equal(regionCount);
      expect(result.widespread).to.equal(widespread);
    });
  }
});

describe('assess: bad input', () => {
  beforeEach(() => resetWarnings());

  it('ignores unknown ids with one warning each, never throwing', () => {
    const warnings = captureWarnings(() => {
      const result = assess({ fatigue: true, 'made-up': true, 'pain-areas': ['neck', 'tail'] });
      expect(result.symptomCount).to.equal(1);
      expect(result.areaCount).to.equal(1);
      assess({ 'made-up': true });
    });
    expect(warnings.filter(w => w.includes('made-up'))).to.have.length(1);
    expect(warnings.some(w => w.includes('tail'))).to.equal(true);
  });

  it('treats values of the wrong type as not answered', () => {
    const warnings = captureWarnings(() => {
      expect(
        assess({ fatigue: 'yes', duration: 'forever', 'sleep-impact': 'true' }).level,
      ).to.equal('none');
      expect(assess({ fatigue: 7 }).symptomCount).to.equal(0);
    });
    expect(warnings.length).to.be.greaterThan(0);
  });

  for (const input of [null, undefined, 42, 'fatigue', [], [1, 2]]) {
    it(`answers = ${JSON.stringify(input)} → none`, () => {
      captureWarnings(() => expect(assess(input).level).to.equal('none'));
    });
  }

  for (const bad of [NaN, -1, Infinity, '3' as unknown as number]) {
    it(`thresholdMonths ${String(bad)} falls back to 3 with a warning`, () => {
      const warnings = captureWarnings(() => {
        expect(
          assess({ duration: '3-to-6-months' }, { thresholdMonths: bad }).thresholdMonths,
        ).to.equal(3);
      });
      expect(warnings.join()).to.contain('thresholdMonths');
    });
  }
});

describe('assess: languages', () => {
  it('gives Spanish messages for lang es and es-MX', () => {
    for (const lang of ['es', 'es-MX']) {
      const result = assess({ duration: 'over-12-months', 'sleep-impact': true }, { lang });
      expect(result.reasons[0].message).to.equal('dolor durante más de 3 meses');
      expect(result.reasons[1].message).to.equal('dolor que altera su sueño');
    }
  });
  it('falls back to English for an unknown language', () => {
    expect(assess({ 'sleep-impact': true }, { lang: 'xx' }).reasons[0].message).to.equal(
      'pain that disrupts your sleep',
    );
  });
  it('uses the singular for a threshold of one month', () => {
    const r = assess({ duration: '1-to-3-months' }, { thresholdMonths: 1 });
    expect(r.reasons[0].message).to.equal('pain for more than 1 month');
    const es = assess({ duration: '1-to-3-months' }, { thresholdMonths: 1, lang: 'es' });
    expect(es.reasons[0].message).to.equal('dolor durante más de 1 mes');
  });
});

describe('the default pack', () => {
  it('has the article’s six symptoms, 19 areas in 5 regions and 5 durations', () => {
    expect(defaultPack.questions.filter(q => q.type === 'symptom').map(q => q.id)).to.deep.equal([
      ...SYMPTOM_IDS,
    ]);
    expect(defaultPack.areas.map(a => a.id).sort()).to.deep.equal([...AREA_IDS].sort());
    expect(defaultPack.regions).to.have.length(5);
    expect(
      defaultPack.questions.find(q => q.id === 'duration')!.options!.map(o => o.id),
    ).to.deep.equal([...DURATION_IDS]);
  });
  it('has every text in English and Spanish', () => {
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`));
      if (value && typeof value === 'object') {
        const obj = value as Record<string, unknown>;
        if ('en' in obj) expect(obj, path).to.have.property('es');
        for (const [k, v] of Object.entries(obj)) walk(v, `${path}.${k}`);
      }
    };
    walk(defaultPack, 'pack');
  });
  it('cites Mayo Clinic for the questions not in the article', () => {
    const redFlags = defaultPack.questions.find(q => q.id === 'red-flags')!;
    const source = defaultPack.sources.find(s => s.id === redFlags.source)!;
    expect(source.publisher).to.equal('Mayo Clinic');
  });
  it('never uses diagnostic wording', () => {
    const all = JSON.stringify(defaultPack).toLowerCase();
    for (const phrase of [
      'you have inomyalgia',
      'you meet the criteria',
      'diagnosis:',
      'you are diagnosed',
    ]) {
      expect(all).not.to.contain(phrase);
    }
  });
});

describe('locales', () => {
  it('adds a language to a pack and to the interface text', async () => {
    const { addPackLanguage, registerUiStrings, ui, localize } =
      await import('../../src/core/index.js');
    const pack = structuredClone(defaultPack);
    addPackLanguage(pack, 'fr', {
      'q.fatigue.label': 'Fatigue et manque d’énergie',
      'not.a.key': 'x',
    });
    expect(localize(pack.questions[1].label, 'fr')).to.equal('Fatigue et manque d’énergie');
    expect(localize(pack.questions[0].label, 'fr')).to.equal('Widespread muscle pain');
    expect(pack.languages).to.include('fr');
    registerUiStrings('fr', { next: 'Suivant' });
    expect(ui('next', 'fr')).to.equal('Suivant');
    expect(ui('previous', 'fr')).to.equal('Back');
  });
});
