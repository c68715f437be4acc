import type { MessageText, PluralText, Text } from './types.js';

/** The language a text table has for `lang`: exact, then the base language, then English. */
export function pickLang(available: readonly string[] | object, lang: string | undefined): string {
  const has = (code: string) =>
    Array.isArray(available)
      ? available.includes(code)
      : Object.prototype.hasOwnProperty.call(available, code);
  const wanted = (lang ?? '').trim();
  if (wanted && has(wanted)) return wanted;
  const base = wanted.split('-')[0].toLowerCase();
  if (base && has(base)) return base;
  return 'en';
}

/** Picks a localised string; English when the language is missing. */
export function localize(text: Text | undefined, lang?: string): string {
  if (!text || typeof text !== 'object') return '';
  const value = text[pickLang(text, lang)];
  return typeof value === 'string' ? value : (text.en ?? '');
}

/**
 * One `Intl` formatter per language and options, made on first use: making one costs far more
 * than using it (on a phone-speed CPU, an Intl.ListFormat about 3 ms, the page's first one
 * about 55 ms), and a language the engine does not know falls back to English once.
 */
const formatters = new Map<string, unknown>();
function formatter<T>(key: string, make: (lang: string) => T, lang: string): T {
  const id = `${key}|${lang}`;
  let made = formatters.get(id) as T | undefined;
  if (!made) {
    try {
      made = make(lang);
    } catch {
      made = make('en');
    }
    formatters.set(id, made);
  }
  return made;
}

function pluralCategory(lang: string, n: number): Intl.LDMLPluralRule {
  return formatter('plural', l => new Intl.PluralRules(l), lang).select(n);
}

/** Chooses the plural form for `n` (`other` when that form is missing or not text); `#` becomes the number. */
export function plural(forms: PluralText | string, lang: string, n: number): string {
  const raw =
    typeof forms === 'string'
      ? forms
      : [forms[pluralCategory(lang, n)], forms.other].find(v => typeof v === 'string');
  return (raw ?? '').replace(/#/g, String(n));
}

/**
 * Formats a message: picks the language, the plural form for `count`, then fills `{name}`
 * placeholders from `vars` (unknown placeholders are left as they are). Values are plain
 * text; nothing is evaluated.
 */
export function formatMessage(
  message: MessageText | Text | undefined,
  lang: string | undefined,
  vars: Record<string, string | number> = {},
  count?: number,
): string {
  if (!message || typeof message !== 'object') return '';
  const code = pickLang(message, lang);
  const value = (message as MessageText)[code] ?? message.en;
  const n = count ?? (typeof vars.count === 'number' ? vars.count : 0);
  const chosen =
    typeof value === 'string'
      ? value
      : value && typeof value === 'object'
        ? plural(value, code, n)
        : '';
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/**
 * Makes the list formatter of `lang` ahead of its first use: the first `Intl.ListFormat` of a
 * page loads the engine's list data, about 55 ms on a phone-speed CPU (Chromium, 4× slower),
 * which would otherwise land on the first tap that shows a list.
 */
export function prepareList(lang: string, type: ListType = 'conjunction'): void {
  listFormat(lang, type);
}

type ListType = 'conjunction' | 'disjunction';
const listFormat = (lang: string, type: ListType) =>
  formatter(type, l => new Intl.ListFormat(l, { style: 'long', type }), lang);

/** Joins items as a sentence list ("a, b and c"), localised. */
export function formatList(items: string[], lang: string, type: ListType = 'conjunction'): string {
  return listFormat(lang, type).format(items);
}

/** Splits a comma list (an attribute such as `sections="symptoms, impact"`) into trimmed items. */
export function splitList(value: unknown): string[] {
  return String(value ?? '')
    .split(',')
    .map(item => item.trim())
    .filter(Boolean);
}
