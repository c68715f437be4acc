import { formatMessage, pickLang } from './text.js';
import type { PluralText } from './types.js';
import { enUi } from './locales/en.js';
import type { enBannerUi } from './locales/en-banner.js';
import type { enBodyMapUi } from './locales/en-body-map.js';
import type { enSummaryUi } from './locales/en-summary.js';

/** The severity labels, for the values 0 (none) to 3 (severe). */
export const SEVERITY_KEYS = [
  'severityNone',
  'severityMild',
  'severityModerate',
  'severitySevere',
] as const;

/**
 * Every key of the interface text. The English of the body map, the banner and the summary
 * loads with their modules (`addEnglish`), so a page pays only for the text it can show.
 */
export type UiKey =
  keyof typeof enUi | keyof typeof enBodyMapUi | keyof typeof enBannerUi | keyof typeof enSummaryUi;
export type UiTable = Record<UiKey, string | PluralText>;

/** The interface-text tables, by language. */
export const uiStrings: Record<string, UiTable> = { en: enUi as UiTable };

/** Adds English interface text (called by the modules that show it). */
export function addEnglish(table: object): void {
  uiStrings.en = { ...uiStrings.en, ...table } as UiTable;
}

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
