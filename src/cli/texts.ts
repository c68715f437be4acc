/**
 * Every text a translator translates: the pack's texts (keyed as `addPackLanguage` keys them)
 * and the interface strings (the keys of `UiTable`), with where each appears; which languages
 * the library ships; and the checks `myocheck validate` adds for languages (review status,
 * missing texts). Node only: nothing here reaches a browser page.
 * @module
 */
import { uiStrings } from '../core/i18n.js';
import { enUi } from '../core/locales/en.js';
import { enBannerUi } from '../core/locales/en-banner.js';
import { enBodyMapUi } from '../core/locales/en-body-map.js';
import { enSummaryUi } from '../core/locales/en-summary.js';
// Every shipped language, registered up front (the core registers English and Spanish; the
// elements load the others when a page needs one). Node only: their size does not matter here.
import '../core/locales/fr.js';
import '../core/locales/de.js';
import '../core/locales/pt.js';
import '../core/locales/ar.js';
import type { PackProblem } from '../core/validate.js';
import {
  TRANSLATION_STATUSES,
  type ContentPack,
  type MessageText,
  type PluralText,
  type Text,
} from '../core/types.js';

/** One pack text: its key (as in `PackTranslation`), the text by language, where it shows. */
export interface PackText {
  key: string;
  text: Text | MessageText;
  where: string;
}

/** One interface string: its `UiTable` key, its English and where it shows. */
export interface UiText {
  key: string;
  en: string | PluralText;
  where: string;
}

const tables: [object, string][] = [
  [enUi, 'the elements’ own text: buttons, hints, headings, counts'],
  [enBodyMapUi, 'the body map'],
  [enBannerUi, 'the referral banner'],
  [enSummaryUi, 'the doctor summary, its Print, Copy and Download buttons, and the FHIR export'],
];

/** Every interface string, English first source, in the order of the English tables. */
export const UI_TEXTS: UiText[] = tables.flatMap(([table, where]) =>
  Object.entries(table).map(([key, en]) => ({ key, en: en as string | PluralText, where })),
);
const UI_KEYS = new Set(UI_TEXTS.map(t => t.key));

/**
 * The languages whose interface text ships with myocheck (registered when the core is
 * imported): a pack's `ui` for one of them is not used.
 */
export function shippedLanguages(): string[] {
  return Object.keys(uiStrings);
}

/** Is `lang` (or its base language) shipped with the library? */
export const isShipped = (lang: string) =>
  shippedLanguages().includes(lang.split('-')[0].toLowerCase()) ||
  shippedLanguages().includes(lang);

/** The shipped interface string, `undefined` when the language has none of its own for `key`. */
export function shippedUi(lang: string, key: string): string | PluralText | undefined {
  const own = (uiStrings[lang] ?? uiStrings[lang.split('-')[0].toLowerCase()]) as
    Record<string, string | PluralText> | undefined;
  const value = own?.[key];
  const en = UI_TEXTS.find(t => t.key === key)?.en;
  // registerUiStrings fills a language's missing keys with English: that is no translation
  return value === undefined || JSON.stringify(value) === JSON.stringify(en) ? undefined : value;
}

/** Every text of a pack, in the order the review sheet lists them. */
export function packTexts(pack: ContentPack): PackText[] {
  const out: PackText[] = [];
  const add = (key: string, text: Text | MessageText | undefined, where: string) => {
    if (text) out.push({ key, text, where });
  };
  add('title', pack.title, 'the self-check’s title (the quiz heading, the summary, FHIR)');
  for (const q of pack.questions) {
    const what = `question “${q.id}” (${q.section} section)`;
    add(`q.${q.id}.label`, q.label, `${what}: the question or symptom as asked`);
    add(`q.${q.id}.description`, q.description, `${what}: the line under it`);
    add(
      `q.${q.id}.short`,
      q.short,
      `${what}: its short name in "You have not answered: …" (a list of such names)`,
    );
    for (const o of q.options ?? [])
      add(`q.${q.id}.o.${o.id}`, o.label, `${what}: the answer “${o.id}”`);
  }
  for (const r of pack.rules) {
    const what = `the result’s reason when rule “${r.id}” fires (level ${r.level}), after the level’s intro`;
    add(`rule.${r.id}`, r.message, what);
    add(
      `rule.${r.id}.emergency`,
      r.emergencyMessage,
      `${what}, when the page sets an emergency number`,
    );
  }
  for (const n of pack.notes ?? [])
    add(`note.${n.id}`, n.message, `the note the result and the summary add when “${n.id}” holds`);
  for (const [level, entry] of Object.entries(pack.levels)) {
    add(`level.${level}.title`, entry.title, `the result’s heading for level ${level}`);
    add(`level.${level}.body`, entry.body, `the result’s intro for level ${level}`);
  }
  add('selfCare.title', pack.selfCare.title, 'the heading of the self-care tips');
  pack.selfCare.tips.forEach((tip, i) => add(`selfCare.tip.${i}`, tip, `self-care tip ${i + 1}`));
  for (const r of pack.regions)
    add(`region.${r.id}`, r.label, `body region “${r.id}”: a heading of the body map’s list`);
  for (const a of pack.areas)
    add(
      `area.${a.id}`,
      a.label,
      `body area “${a.id}”: its name on the body map and in the summary`,
    );
  add('disclaimer', pack.disclaimer, 'the disclaimer every element and every export shows');
  return out;
}

/** The placeholders of a text: `{name}`, and `#` (the number) in a plural form. */
export function placeholders(text: string, plural: boolean): string[] {
  return text.match(plural ? /\{\w+\}|#/g : /\{\w+\}/g) ?? [];
}

const languageName = (lang: string) => {
  try {
    return new Intl.DisplayNames('en', { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
};

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Problems in the pack's `translations` (the widgets never read it, so `validatePack` leaves it
 * to the command line): each entry a declared language other than English, a known status,
 * and reviews of `{ name, role, date }`, at least one once `reviewed`.
 */
export function checkTranslations(pack: unknown): PackProblem[] {
  const problems: PackProblem[] = [];
  if (!isObj(pack) || pack.translations === undefined) return problems;
  const report = (path: string, message: string) => problems.push({ path, message });
  const languages = Array.isArray(pack.languages) ? pack.languages : [];
  if (!isObj(pack.translations))
    return [{ path: 'translations', message: 'must be an object of review statuses by language' }];
  for (const [lang, entry] of Object.entries(pack.translations)) {
    const path = `translations.${lang}`;
    if (lang === 'en' || !languages.includes(lang)) {
      report(path, 'must be a language of "languages" other than "en" (English is the source)');
      continue;
    }
    if (!isObj(entry)) {
      report(path, 'must be an object like {"status": "draft"}');
      continue;
    }
    if (!TRANSLATION_STATUSES.includes(entry.status as never))
      report(`${path}.status`, `must be one of ${TRANSLATION_STATUSES.join(', ')}`);
    if (entry.reviews !== undefined && !Array.isArray(entry.reviews))
      report(`${path}.reviews`, 'must be a list of {"name", "role", "date"}');
    const reviews = Array.isArray(entry.reviews) ? entry.reviews : [];
    if (entry.status === 'reviewed' && !reviews.length)
      report(`${path}.reviews`, 'must name who reviewed it and when, once "reviewed"');
    reviews.forEach((review, i) => {
      const at = `${path}.reviews[${i}]`;
      if (!isObj(review)) return report(at, 'must be an object with name, role and date');
      for (const key of ['name', 'role'])
        if (typeof review[key] !== 'string' || !review[key].trim())
          report(`${at}.${key}`, 'must be a non-empty string');
      const date = review.date;
      if (
        typeof date !== 'string' ||
        !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
        !(new Date(`${date}T00:00:00Z`).toJSON() ?? '').startsWith(date)
      )
        report(`${at}.date`, 'must be a date as YYYY-MM-DD');
    });
  }
  return problems;
}

/** A language's review status as the pack records it (`draft` when it records none). */
export function translationStatus(pack: ContentPack, lang: string) {
  return pack.translations?.[lang] ?? { status: 'draft' as const };
}

/**
 * Warnings for a valid pack (it still works: each missing text shows in English): every pack
 * text missing in a language the pack declares, every interface string missing in a declared
 * language the library does not ship, and interface text the widgets do not use.
 */
export function languageWarnings(pack: ContentPack): PackProblem[] {
  const warnings: PackProblem[] = [];
  const texts = packTexts(pack);
  for (const lang of pack.languages) {
    if (lang === 'en') continue;
    const name = languageName(lang);
    for (const t of texts)
      if (!Object.prototype.hasOwnProperty.call(t.text, lang))
        warnings.push({
          path: t.key,
          message: `no ${name} (${lang}) text: the widgets show the English`,
        });
    if (isShipped(lang)) continue;
    const ui = pack.ui?.[lang] ?? {};
    for (const t of UI_TEXTS)
      if (!Object.prototype.hasOwnProperty.call(ui, t.key))
        warnings.push({
          path: `ui.${lang}.${t.key}`,
          message: `no ${name} (${lang}) interface text (myocheck does not ship ${name}): the widgets show the English`,
        });
  }
  for (const [lang, table] of Object.entries(pack.ui ?? {})) {
    if (isShipped(lang))
      warnings.push({
        path: `ui.${lang}`,
        message: `not used: myocheck ships its own ${languageName(lang)} interface text`,
      });
    else
      for (const key of Object.keys(table))
        if (!UI_KEYS.has(key))
          warnings.push({
            path: `ui.${lang}.${key}`,
            message: 'not an interface text key: not used',
          });
  }
  return warnings;
}
