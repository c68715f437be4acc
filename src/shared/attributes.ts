/**
 * Reading attributes: enumerated values, comma lists, numbers, links and phone numbers.
 * Shared by the elements; every reader warns once about a bad value (naming the element,
 * the attribute, the value and what was expected) and falls back to a default.
 */
import { thresholdChoices } from '../core/engine.js';
import { splitList } from '../core/text.js';
import type { ContentPack } from '../core/types.js';
import { quoteList, warnAttribute } from '../core/warn.js';

/** How symptoms are asked (`mode` on the checklist and the quiz). */
export const CHECKLIST_MODES = ['yes-no', 'severity'] as const;
export type ChecklistMode = (typeof CHECKLIST_MODES)[number];

/**
 * An enumerated attribute's value, as HTML reads its own: ASCII case-insensitive and trimmed.
 * Unset or empty: the fallback, silently. Anything else not allowed: one warning, then the
 * fallback.
 */
export function readEnum<T extends string, F extends T | undefined>(
  tag: string,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: F,
  /** How the warning names the fallback, when it is not a value (`the level of the answers`). */
  using: string = fallback ?? 'the default',
): T | F {
  if (value === null || value === undefined) return fallback;
  const token = asciiLower(String(value).trim());
  if (token === '') return fallback;
  const found = allowed.find(a => a === token);
  if (found !== undefined) return found;
  warnAttribute(tag, attribute, value, `one of ${quoteList(allowed)}`, using);
  return fallback;
}

/**
 * A comma list of enumerated values (`sections`, `steps`, the pack's ids in `symptoms` and
 * `areas`): each entry case-insensitive and
 * trimmed, duplicates dropped, in the order given. Unknown entries give one warning that
 * names them and says what is used instead (`resolve` turns the known entries into the
 * list in force).
 */
export function readEnumList<T extends string>(
  tag: string,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  resolve: (known: T[]) => T[],
  /** What the entries are, for the warning (`symptom ids`): they are listed after it. */
  kind = '',
): T[] {
  const tokens = splitList(value).map(asciiLower);
  const isAllowed = (s: string): s is T => allowed.includes(s as T);
  const known = [...new Set(tokens.filter(isAllowed))];
  const unknown = tokens.filter(s => !isAllowed(s));
  const result = resolve(known);
  if (unknown.length)
    warnAttribute(
      tag,
      attribute,
      value,
      `a comma list of ${kind && `${kind}: `}${quoteList(allowed)} (unknown: ${quoteList(unknown)})`,
      result.join(','),
    );
  return result;
}

/** Lower-cases A–Z only, as HTML does for enumerated attributes. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, c => c.toLowerCase());
}

/** Reads a number attribute; an empty one is not 0 but invalid (NaN), so it warns. */
export const toNumber = (value: string | null): number | undefined =>
  value === null ? undefined : value.trim() === '' ? NaN : Number(value);

/**
 * A usable `threshold-months`: one of the pack's `thresholdChoices` (the lower bounds of the
 * duration answers: 1, 3, 6 or 12 with the default pack), else `undefined` (the pack's own
 * threshold holds); a set but unusable value warns once, with the value as written.
 */
export function readThresholdMonths(
  host: Element,
  value: unknown,
  pack: ContentPack,
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const allowed = thresholdChoices(pack);
  if (allowed.includes(value as number)) return value as number;
  const written =
    typeof value === 'number' && Number.isNaN(value)
      ? (host.getAttribute('threshold-months') ?? value)
      : value;
  warnAttribute(
    host.localName,
    'threshold-months',
    written,
    `one of ${allowed.join(', ')}`,
    pack.params.thresholdMonths ?? 3,
  );
  return undefined;
}

const SAFE_SCHEMES = ['http', 'https', 'tel', 'mailto'];
const EMERGENCY_NUMBER = /^[0-9 +\-()]+$/;

/**
 * A link target an element may render: http(s), `tel:`, `mailto:` or a relative URL.
 * Tabs and newlines are dropped and the ends trimmed first, as the URL parser does, so
 * `java\tscript:` is caught too. Anything else (`javascript:`, `data:`…) gives `undefined`.
 */
export function safeHref(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!cleaned) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (!scheme) return cleaned;
  return SAFE_SCHEMES.includes(scheme[1].toLowerCase()) ? cleaned : undefined;
}

/** An emergency number that may be shown, trimmed: digits, spaces, `+ - ( )`, one digit at least. */
export function safeEmergencyNumber(raw: unknown): string | undefined {
  const n = typeof raw === 'string' ? raw.trim() : '';
  return n && EMERGENCY_NUMBER.test(n) && /\d/.test(n) ? n : undefined;
}

/** A usable `emergency-number`, else `undefined`; a set but unusable value warns once. */
export function readEmergencyNumber(tag: string, value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = safeEmergencyNumber(value);
  if (!number)
    warnAttribute(tag, 'emergency-number', value, 'digits, spaces, +, -, ( and )', 'no number');
  return number;
}

/** A usable `cta-href`, else `undefined`; a set but unusable value warns once. */
export function readCtaHref(tag: string, value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const href = safeHref(value);
  if (!href)
    warnAttribute(tag, 'cta-href', value, 'an http(s), relative, tel: or mailto: URL', 'no link');
  return href;
}
