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

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
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

/** Joins items as a sentence list ("a, b and c"), localised. */
export function formatList(
  items: string[],
  lang: string,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  try {
    return new Intl.ListFormat(lang, { style: 'long', type }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** Splits a comma list (an attribute such as `sections="symptoms, impact"`) into trimmed items. */
export function splitList(value: unknown): string[] {
  return String(value ?? '')
    .split(',')
    .map(item => item.trim())
    .filter(Boolean);
}
