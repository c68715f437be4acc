import { expect } from '@open-wc/testing';
import {
  defaultPack,
  type MessageText,
  type PluralText,
  type UiTable,
} from '../../src/core/index.js';
import { formatList, formatMessage, prepareList } from '../../src/core/text.js';
import { ui } from '../../src/core/i18n.js';
import { enUi } from '../../src/core/locales/en.js';
import { enBannerUi } from '../../src/core/locales/en-banner.js';
import { enBodyMapUi } from '../../src/core/locales/en-body-map.js';
import { enSummaryUi } from '../../src/core/locales/en-summary.js';
import { esPack, esUi } from '../../src/core/locales/es.js';
import { frPack, frUi } from '../../src/core/locales/fr.js';
import { dePack, deUi } from '../../src/core/locales/de.js';
import { ptPack, ptUi } from '../../src/core/locales/pt.js';
import { arPack, arUi } from '../../src/core/locales/ar.js';
import { formatDate } from '../../src/core/summary.js';
import { forEachPackText, type PackTranslation } from '../../src/core/locale.js';

// Every shipped language is complete: each interface key and each text of the default pack has
// its translation, with the same placeholders and the plural forms the language needs, in the
// same order as Spanish (so a key added to English fails here until every language has it).
const LANGUAGES: Record<string, { table: UiTable; pack: PackTranslation }> = {
  es: { table: esUi, pack: esPack },
  fr: { table: frUi, pack: frPack },
  de: { table: deUi, pack: dePack },
  pt: { table: ptUi, pack: ptPack },
  ar: { table: arUi, pack: arPack },
};

const english: Record<string, string | PluralText> = {
  ...enUi,
  ...enBodyMapUi,
  ...enBannerUi,
  ...enSummaryUi,
};

/** The English of every text of the default pack, keyed as a `PackTranslation` keys it. */
function packTexts(): Record<string, string | PluralText> {
  const out: Record<string, string | PluralText> = {};
  forEachPackText(defaultPack, (key, text) => (out[key] = text.en));
  return out;
}

/** The `{name}` placeholders of a text, sorted; `#` counts as one when a form uses it. */
const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map(m => m[0]).sort();
const forms = (text: string | PluralText) =>
  typeof text === 'string' ? [text] : Object.values(text);

describe('shipped languages', () => {
  const pack = packTexts();
  for (const [lang, { table, pack: translation }] of Object.entries(LANGUAGES)) {
    describe(lang, () => {
      it('translates every interface key, in the order of the Spanish table', () => {
        const missing = Object.keys(english).filter(k => !(k in table));
        expect(missing, `interface keys without ${lang}`).to.deep.equal([]);
        expect(Object.keys(table), 'same keys, same order as es.ts').to.deep.equal(
          Object.keys(esUi),
        );
      });

      it('translates every text of the default pack, in the order of the Spanish pack', () => {
        const missing = Object.keys(pack).filter(k => !(k in translation));
        expect(missing, `pack texts without ${lang}`).to.deep.equal([]);
        const unknown = Object.keys(translation).filter(k => !(k in pack));
        expect(unknown, 'keys the pack does not have').to.deep.equal([]);
        expect(Object.keys(translation), 'same keys, same order as es.ts').to.deep.equal(
          Object.keys(esPack),
        );
        expect(defaultPack.languages, 'the pack declares it').to.include(lang);
        // a plural message (the self-care body) read at 1 and at 3 months
        for (const key of Object.keys(pack))
          for (const count of [1, 3])
            expect(formatMessage(lookup(key), lang, {}, count), key).to.equal(
              formatMessage({ en: '', [lang]: translation[key] }, lang, {}, count),
            );
      });

      it('keeps every placeholder of the English, in every form', () => {
        for (const [key, en] of [...Object.entries(english), ...Object.entries(pack)]) {
          const target = (table as Record<string, string | PluralText>)[key] ?? translation[key];
          const wanted = placeholders(forms(en)[0]);
          for (const form of forms(target))
            expect(placeholders(form), `${lang} ${key}: ${form}`).to.deep.equal(wanted);
        }
      });

      it('gives the plural forms the language needs for 0 to 20', () => {
        const rules = new Intl.PluralRules(lang);
        for (const [key, en] of [...Object.entries(english), ...Object.entries(pack)]) {
          if (typeof en === 'string') continue;
          const target = (table as Record<string, string | PluralText>)[key] ?? translation[key];
          expect(target, `${lang} ${key} is a plural message`).to.be.an('object');
          for (let n = 0; n <= 20; n++) {
            const category = rules.select(n);
            expect(
              (target as PluralText)[category],
              `${lang} ${key}: the "${category}" form (${n})`,
            ).to.be.a('string');
          }
        }
      });

      it('writes the twelve month names', () => {
        expect(String(table.monthNames).split(',')).to.have.length(12);
      });
    });
  }

  // Arabic: all six CLDR forms, each for the numbers Intl.PluralRules gives it
  it('counts areas in Arabic with the form Intl.PluralRules("ar") chooses, 0 to 20', () => {
    const rules = new Intl.PluralRules('ar');
    const seen = new Set<string>();
    for (let n = 0; n <= 20; n++) {
      const category = rules.select(n) as keyof PluralText;
      seen.add(category);
      const form = (arUi.areasCount as PluralText)[category]!;
      expect(ui('areasCount', 'ar', { total: 19 }, n)).to.equal(
        form.replace('#', String(n)).replace('{total}', '19'),
      );
    }
    expect([...seen].sort()).to.deep.equal(['few', 'many', 'one', 'two', 'zero']);
    expect(ui('areasCount', 'ar', { total: 19 }, 0)).to.equal('لم تختر أي منطقة من 19');
    expect(ui('areasCount', 'ar', { total: 19 }, 2)).to.equal('منطقتان من 19');
    expect(ui('areasCount', 'ar', { total: 19 }, 5)).to.equal('5 مناطق من 19');
    expect(ui('areasCount', 'ar', { total: 19 }, 11)).to.equal('11 منطقة من 19');
    expect(ui('areasCount', 'ar', { total: 19 }, 100)).to.equal('100 منطقة من 19');
  });

  it('resolves regional tags to their language', () => {
    for (const [tag, lang] of [
      ['fr-CA', 'fr'],
      ['de-AT', 'de'],
      ['pt-BR', 'pt'],
      ['pt-PT', 'pt'],
      ['ar-EG', 'ar'],
    ])
      expect(ui('seeResult', tag), tag).to.equal(LANGUAGES[lang].table.seeResult as string);
  });
});

/** The default pack's text at `key` (the pack's own objects). */
function lookup(key: string): MessageText {
  const pack = defaultPack;
  const [kind, id, sub, option] = key.split('.');
  if (kind === 'title') return pack.title;
  if (kind === 'disclaimer') return pack.disclaimer;
  if (kind === 'q') {
    const q = pack.questions.find(x => x.id === id)!;
    if (sub === 'o') return q.options!.find(o => o.id === option)!.label;
    if (sub === 'short') return q.short!;
    return (sub === 'label' ? q.label : q.description)!;
  }
  if (kind === 'region') return pack.regions.find(r => r.id === id)!.label;
  if (kind === 'area') return pack.areas.find(a => a.id === id)!.label;
  if (kind === 'rule') {
    const rule = pack.rules.find(r => r.id === id)!;
    return (sub === 'emergency' ? rule.emergencyMessage : rule.message)!;
  }
  if (kind === 'note') return pack.notes!.find(n => n.id === id)!.message;
  if (kind === 'level') {
    const level = pack.levels[id as keyof typeof pack.levels];
    return sub === 'title' ? level.title : level.body;
  }
  if (key === 'selfCare.title') return pack.selfCare.title;
  return pack.selfCare.tips[Number(sub)];
}

// The summary's date reads as Intl.DateTimeFormat's long date for the language, every month.
describe('formatDate in the shipped languages', () => {
  const intl = (lang: string, date: Date) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
  const months = Array.from({ length: 12 }, (_, m) => new Date(2026, m, m + 1));
  for (const lang of [
    'fr',
    'fr-FR',
    'fr-CA',
    'fr-BE',
    'de',
    'de-DE',
    'de-CH',
    'pt',
    'pt-BR',
    'pt-PT',
    'ar',
  ])
    it(`reads like Intl.DateTimeFormat's long date in ${lang}, for every month`, () => {
      // Arabic: the digits 0–9, as current CLDR writes \`ar\` (Chromium, Firefox); WebKitGTK's
      // older ICU writes Arabic-Indic digits for \`ar\`, so the reference asks for 0–9 itself
      const reference = lang === 'ar' ? 'ar-u-nu-latn' : lang;
      for (const date of months) expect(formatDate(date, lang)).to.equal(intl(reference, date));
    });

  it('writes Austrian German as Intl does ("Jänner")', () => {
    expect(formatDate(new Date(2026, 0, 5), 'de-AT')).to.equal(intl('de-AT', new Date(2026, 0, 5)));
  });

  it('writes every Arabic region as Arabic, with the digits 0–9', () => {
    for (const tag of ['ar', 'ar-EG', 'ar-SA', 'ar-MA'])
      expect(formatDate(new Date(2026, 11, 2), tag), tag).to.equal('2 ديسمبر 2026');
  });
});

// Lists read as Intl.ListFormat writes them, made once per language (and ahead of time with
// prepareList: the page's first one costs a tap about 55 ms on a phone-speed CPU).
describe('lists', () => {
  it('joins items as Intl.ListFormat does for each language, an unknown one in English', () => {
    const items = ['fatigue', 'insomnia', 'stiffness'];
    for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'ar'])
      expect(formatList(items, lang), lang).to.equal(
        new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items),
      );
    expect(formatList(['a', 'b'], 'es', 'disjunction')).to.equal('a o b');
    expect(formatList(['a', 'b', 'c'], 'not a tag!')).to.equal('a, b, and c');
  });

  it('makes one formatter per language and kind, the first time it is needed or prepared', () => {
    const made: unknown[] = [];
    const intl = Intl as unknown as { ListFormat: typeof Intl.ListFormat };
    const Real = intl.ListFormat;
    const Spy = function (this: unknown, ...args: ConstructorParameters<typeof Real>) {
      made.push(args[0]);
      return new Real(...args);
    } as unknown as typeof Real;
    intl.ListFormat = Spy;
    try {
      prepareList('de-CH');
      formatList(['a', 'b'], 'de-CH');
      formatList(['a', 'b', 'c'], 'de-CH');
      formatList(['a', 'b'], 'de-CH', 'disjunction');
    } finally {
      intl.ListFormat = Real;
    }
    expect(made).to.deep.equal(['de-CH', 'de-CH']);
  });
});
