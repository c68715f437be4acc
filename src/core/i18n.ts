import { formatMessage, pickLang } from './text.js';
import type { PluralText } from './types.js';
import { enUi } from './locales/en.js';

/** The severity labels, for the values 0 (none) to 3 (severe). */
export const SEVERITY_KEYS = [
  'severityNone',
  'severityMild',
  'severityModerate',
  'severitySevere',
] as const;

export type UiKey = keyof typeof enUi;
export type UiTable = Record<UiKey, string | PluralText>;

/** The interface-text tables, by language. */
export const uiStrings: Record<string, UiTable> = { en: enUi as UiTable };

/**
 * Adds (or extends) the interface text of a language. Missing keys fall back to English.
 * Spanish is registered by `myocheck/locales/es.js`, which the main entry imports.
 */
export function registerUiStrings(lang: string, table: Partial<UiTable>): void {
  uiStrings[lang] = { ...enUi, ...uiStrings[lang], ...table } as UiTable;
}

/** Interface text for `key` in `lang` (English fallback), with `{name}` and plural `#` filled. */
export function ui(
  key: UiKey,
  lang: string | undefined,
  vars: Record<string, string | number> = {},
  count?: number,
): string {
  const code = pickLang(uiStrings, lang);
  const value = uiStrings[code]?.[key] ?? uiStrings.en[key];
  return formatMessage({ en: value, [code]: value } as never, code, vars, count);
}
