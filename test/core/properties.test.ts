import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  assess,
  AREA_IDS,
  compareLevels,
  DURATION_IDS,
  RED_FLAG_IDS,
  SYMPTOM_IDS,
  type Answers,
} from '../../src/core/index.js';
import { captureWarnings } from '../helpers.js';

const validAnswers = fc.record(
  {
    ...Object.fromEntries(
      SYMPTOM_IDS.map(id => [id, fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 3 }))]),
    ),
    'pain-areas': fc.uniqueArray(fc.constantFrom(...AREA_IDS)),
    duration: fc.constantFrom(...DURATION_IDS),
    'sleep-impact': fc.boolean(),
    'daily-tasks-impact': fc.boolean(),
    'red-flags': fc.uniqueArray(fc.constantFrom(...RED_FLAG_IDS)),
    'medication-start': fc.boolean(),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

/** Answers that each fire a rule on their own. */
const firing: Answers[] = [
  { fatigue: true },
  { 'pain-areas': ['neck'] },
  { duration: 'over-12-months' },
  { 'sleep-impact': true },
  { 'daily-tasks-impact': true },
  { 'medication-start': true },
  { 'red-flags': ['extreme-weakness'] },
];

describe('assess properties (fast-check)', () => {
  it('never throws on any input', () => {
    captureWarnings(() =>
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (answers, threshold) => {
          const result = assess(answers, { thresholdMonths: threshold as number });
          return ['none', 'self-care', 'see-doctor', 'urgent'].includes(result.level);
        }),
        { numRuns: 500 },
      ),
    );
  });

  it('the level never drops when an answer that fires a rule is added', () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...firing), (answers, extra) => {
        const before = assess(answers);
        const merged: Answers = { ...answers };
        for (const [k, v] of Object.entries(extra)) {
          merged[k] = Array.isArray(v)
            ? [...new Set([...((answers[k] as string[]) ?? []), ...v])]
            : v;
        }
        return compareLevels(assess(merged).level, before.level) >= 0;
      }),
      { numRuns: 500 },
    );
  });

  it('counts stay in range and widespread follows regionCount', () => {
    fc.assert(
      fc.property(validAnswers, answers => {
        const r = assess(answers);
        expect(r.areaCount).to.be.within(0, 19);
        expect(r.regionCount).to.be.within(0, 5);
        expect(r.symptomCount).to.be.within(0, 6);
        expect(r.widespread).to.equal(r.regionCount >= 4);
        expect(r.reasons.length === 0).to.equal(r.level === 'none');
      }),
      { numRuns: 300 },
    );
  });
});
