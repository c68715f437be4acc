import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultPack, validatePack } from '../../src/core/index.js';

const clone = (): any => structuredClone(defaultPack);

describe('validatePack', () => {
  it('accepts the default pack', () => {
    expect(validatePack(defaultPack)).to.deep.equal([]);
  });

  const broken: [string, (p: any) => unknown, string, RegExp][] = [
    [
      'a rule naming an unknown question',
      p => (p.rules[2].when = { any: [{ question: 'sleep', equals: true }] }),
      'rules[2].when.any[0].question',
      /unknown question "sleep"/,
    ],
    ['a missing id', p => delete p.id, 'id', /non-empty string/],
    [
      'a question with no English label',
      p => (p.questions[0].label = { es: 'x' }),
      'questions[0].label',
      /English/,
    ],
    [
      'a duplicate question id',
      p => (p.questions[1].id = p.questions[0].id),
      'questions[1].id',
      /duplicate id "widespread-pain"/,
    ],
    [
      'an unknown section',
      p => (p.questions[0].section = 'feelings'),
      'questions[0].section',
      /must be one of/,
    ],
    [
      'an unknown question type',
      p => (p.questions[0].type = 'slider'),
      'questions[0].type',
      /must be one of/,
    ],
    [
      'a choice with no options',
      p => (p.questions[7].options = []),
      'questions[7].options',
      /at least 1/,
    ],
    [
      'an area in an unknown region',
      p => (p.areas[0].region = 'head'),
      'areas[0].region',
      /unknown region "head"/,
    ],
    ['a rule level "none"', p => (p.rules[0].level = 'none'), 'rules[0].level', /must be one of/],
    [
      'an unknown fact',
      p => (p.rules[0].when.any[1] = { fact: 'painScore', atLeast: 1 }),
      'rules[0].when.any[1].fact',
      /unknown fact "painScore"/,
    ],
    [
      'an unknown parameter',
      p => (p.rules[1].when = { question: 'duration', atLeast: { param: 'months' } }),
      'rules[1].when.atLeast.param',
      /unknown parameter "months"/,
    ],
    [
      'an unknown option in "in"',
      p => (p.rules[5].when.in = ['fainting']),
      'rules[5].when.in[0]',
      /unknown option "fainting"/,
    ],
    [
      'a condition with no operator',
      p => (p.rules[2].when = { foo: 1 }),
      'rules[2].when',
      /must have one of/,
    ],
    [
      'a not-string message',
      p => (p.rules[2].message = { en: 42 }),
      'rules[2].message.en',
      /string/,
    ],
    [
      'a javascript: source url',
      p => (p.sources[0].url = 'javascript:alert(1)'),
      'sources[0].url',
      /http/,
    ],
    [
      'a non-numeric parameter',
      p => (p.params.thresholdMonths = 'three'),
      'params.thresholdMonths',
      /finite number/,
    ],
    [
      'a bad widespread minimum',
      p => (p.widespread.minRegions = 0),
      'widespread.minRegions',
      /whole number/,
    ],
    [
      'an unknown excluded area',
      p => (p.widespread.excludeAreas = ['tail']),
      'widespread.excludeAreas[0]',
      /unknown area "tail"/,
    ],
    ['languages without English', p => (p.languages = ['es']), 'languages', /"en"/],
    ['a missing level text', p => delete p.levels.urgent, 'levels.urgent', /title and body/],
    ['interface text that is not an object', p => (p.ui = [] as never), 'ui', /by language/],
    [
      'interface text of an undeclared language',
      p => (p.ui = { pl: { next: 'Dalej' } }),
      'ui.pl',
      /"languages"/,
    ],
    [
      'interface text that is not text',
      p => ((p.languages = ['en', 'pl']), (p.ui = { pl: { next: 7 as never } })),
      'ui.pl.next',
      /string or plural forms/,
    ],
  ];
  for (const [name, mutate, path, message] of broken) {
    it(`reports ${name} at ${path}`, () => {
      const pack = clone();
      mutate(pack);
      const problems = validatePack(pack);
      const match = problems.find(p => p.path === path);
      expect(match, JSON.stringify(problems)).to.exist;
      expect(match!.message).to.match(message);
    });
  }

  it('reports every problem, not only the first', () => {
    const pack = clone();
    delete pack.id;
    pack.areas[0].region = 'head';
    pack.rules[2].when = { question: 'nope', equals: true };
    expect(validatePack(pack).map(p => p.path)).to.include.members([
      'id',
      'areas[0].region',
      'rules[2].when.question',
    ]);
  });

  for (const input of [null, undefined, 0, 'pack', [], () => 1, Symbol('x')]) {
    it(`reports a non-object (${String(typeof input)}) at the root`, () => {
      const problems = validatePack(input);
      expect(problems).to.have.length(1);
      expect(problems[0].path).to.equal('');
    });
  }

  it('reports a deeply nested condition instead of overflowing', () => {
    const pack = clone();
    let when: any = { question: 'fatigue', equals: true };
    for (let i = 0; i < 2000; i++) when = { not: when };
    pack.rules[0].when = when;
    const problems = validatePack(pack);
    expect(problems.some(p => /nested more than/.test(p.message))).to.equal(true);
  });

  it('never throws on random JSON and always gives paths (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), value => {
        const problems = validatePack(value);
        return (
          Array.isArray(problems) &&
          problems.every(p => typeof p.path === 'string' && p.message.length > 0)
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random mutations of the default pack (fast-check)', () => {
    const paths: (string | number)[][] = [];
    const collect = (v: unknown, path: (string | number)[]) => {
      if (v && typeof v === 'object') {
        for (const [k, child] of Object.entries(v)) {
          const p = [...path, Array.isArray(v) ? Number(k) : k];
          paths.push(p);
          collect(child, p);
        }
      }
    };
    collect(defaultPack, []);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: paths.length - 1 }), fc.jsonValue(), (index, value) => {
        const pack: any = clone();
        const path = paths[index];
        let target = pack;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path[path.length - 1]] = value;
        const problems = validatePack(pack);
        return problems.every(p => typeof p.path === 'string');
      }),
      { numRuns: 300 },
    );
  });
});
