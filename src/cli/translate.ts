/**
 * `myocheck translate export` and `import`: a pack's texts and the interface strings as XLIFF
 * 2.0 for a translator's CAT tool, and the translations merged back into the pack. Node only.
 * @module
 */
import type { ContentPack, PluralText } from '../core/types.js';
import {
  isShipped,
  packTexts,
  placeholders,
  shippedUi,
  UI_TEXTS,
  type PackText,
  type UiText,
} from './texts.js';
import { readXliff, writeXliff, type Inline, type Unit } from './xliff.js';

type Value = string | PluralText | undefined;
const FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The plural categories `lang` uses, in CLDR order. */
function categories(lang: string): string[] {
  let used: string[];
  try {
    used = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  } catch {
    used = ['one', 'other'];
  }
  return FORMS.filter(f => used.includes(f));
}

/** Whole numbers 0–200 that take plural form `form` in `lang`. */
function numbersOf(lang: string, form: string): number[] {
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(lang);
  } catch {
    rules = new Intl.PluralRules('en');
  }
  return Array.from({ length: 201 }, (_, n) => n).filter(n => rules.select(n) === form);
}

const formNote = (lang: string, form: string) => {
  const numbers = numbersOf(lang, form);
  const some = numbers.slice(0, 6).join(', ') + (numbers.length > 6 ? '…' : '');
  return numbers.length
    ? `Plural form “${form}”, for ${some}; # is the number.`
    : `Plural form “${form}”: no whole number takes it, but it is required; write the general form. # is the number.`;
};

const isPlural = (v: Value): v is PluralText => typeof v === 'object' && v !== null;
/** The text a form shows (a plural falls back to `other`, as the widgets do). */
const formOf = (v: Value, form: string | undefined): string | undefined =>
  v === undefined
    ? undefined
    : typeof v === 'string'
      ? v
      : form === undefined
        ? v.other
        : (v[form as keyof PluralText] ?? v.other);

/** Text as inline runs: placeholders become codes, numbered in the order they come. */
function toInline(text: string, plural: boolean, ids?: Map<string, string[]>): Inline {
  const out: Inline = [];
  const used = new Map<string, number>();
  let n = 0;
  let last = 0;
  for (const match of text.matchAll(plural ? /\{\w+\}|#/g : /\{\w+\}/g)) {
    if (match.index > last) out.push(text.slice(last, match.index));
    const token = match[0];
    const seen = used.get(token) ?? 0;
    used.set(token, seen + 1);
    const id = ids ? (ids.get(token)?.[seen] ?? `x${++n}`) : String(++n);
    out.push({ placeholder: token, id });
    last = match.index + token.length;
  }
  if (last < text.length || !out.length) out.push(text.slice(last));
  return out;
}

/** The ids the source gave each placeholder, so the target's codes pair with them. */
function idsOf(source: Inline): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const part of source)
    if (typeof part !== 'string')
      ids.set(part.placeholder, [...(ids.get(part.placeholder) ?? []), part.id]);
  return ids;
}

interface Entry {
  /** the unit id's file and key */
  file: 'pack' | 'ui';
  key: string;
  en: Value;
  current: Value;
  where: string;
}

/** One unit per text, one per plural form of the target language for a plural message. */
function unitsOf(entry: Entry, lang: string): Unit[] {
  const plural = isPlural(entry.en) || isPlural(entry.current);
  const forms = plural ? categories(lang) : [undefined];
  return forms.map(form => {
    const sourceText = formOf(entry.en, form) ?? '';
    const source = toInline(sourceText, plural);
    const target = formOf(entry.current, form);
    const marks = placeholders(sourceText, plural);
    return {
      id: form ? `${entry.key}:${form}` : entry.key,
      source,
      target: target === undefined ? undefined : toInline(target, plural, idsOf(source)),
      note: [
        `Where: ${entry.where}.`,
        form ? formNote(lang, form) : '',
        marks.length ? `Keep ${[...new Set(marks)].join(' and ')} as they are.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    };
  });
}

const packEntries = (pack: ContentPack, lang: string): (Entry & { text: PackText })[] =>
  packTexts(pack).map(text => ({
    file: 'pack' as const,
    key: text.key,
    en: text.text.en,
    current: (text.text as Record<string, Value>)[lang],
    where: text.where,
    text,
  }));

const uiEntries = (pack: ContentPack, lang: string): (Entry & { text: UiText })[] =>
  UI_TEXTS.map(text => ({
    file: 'ui' as const,
    key: text.key,
    en: text.en,
    current: pack.ui?.[lang]?.[text.key] ?? shippedUi(lang, text.key),
    where: `interface text, ${text.where}`,
    text,
  }));

/** The XLIFF 2.0 file of `pack` for translators into `lang`. */
export function exportXliff(pack: ContentPack, lang: string): string {
  return writeXliff({
    srcLang: 'en',
    trgLang: lang,
    files: {
      pack: packEntries(pack, lang).flatMap(e => unitsOf(e, lang)),
      ui: uiEntries(pack, lang).flatMap(e => unitsOf(e, lang)),
    },
  });
}

/** What an import did. */
export interface ImportResult {
  /** The merged pack (absent when there are errors). */
  pack?: ContentPack;
  lang: string;
  errors: string[];
  /** What was merged, and what was not used. */
  notes: string[];
  changed: number;
}

/**
 * The text of inline runs: a code is the source's placeholder with the same id (a CAT tool
 * keeps the id, not always `equiv`), else its own `equiv`.
 */
function plainText(inline: Inline, source: Inline): string {
  const byId = new Map<string, string>();
  for (const part of source) if (typeof part !== 'string') byId.set(part.id, part.placeholder);
  return inline
    .map(part => (typeof part === 'string' ? part : (byId.get(part.id) ?? part.placeholder)))
    .join('');
}

/** May `form` of `lang` leave out `#`? Only a form that one number takes ("one", "zero"…). */
const formOfOneNumber = (lang: string, form: string) => numbersOf(lang, form).length === 1;

/**
 * Merges the targets of an XLIFF file into a copy of `pack`. Refuses (errors, no pack) a
 * target that drops or adds a placeholder, a unit id it does not know, a file for another
 * source language. An empty target changes nothing; a target equal to the text in force
 * changes nothing, so exporting and importing an untouched file gives the same pack.
 */
export function importXliff(pack: ContentPack, xliffText: string): ImportResult {
  const errors: string[] = [];
  const notes: string[] = [];
  let doc;
  try {
    doc = readXliff(xliffText);
  } catch (error) {
    return {
      lang: '',
      errors: [`could not read the XLIFF file: ${(error as Error).message}`],
      notes,
      changed: 0,
    };
  }
  const lang = doc.trgLang;
  if (doc.srcLang.toLowerCase() !== 'en')
    errors.push(
      `the source language is "${doc.srcLang}": myocheck packs translate from English (en)`,
    );
  if (!lang || lang.toLowerCase() === 'en' || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang))
    errors.push(
      `the target language (trgLang) must be a language code other than en, got "${lang}"`,
    );
  if (errors.length) return { lang, errors, notes, changed: 0 };

  const next = structuredClone(pack);
  const entries = new Map<string, Entry & { set: (v: string | PluralText) => void }>();
  for (const e of packEntries(next, lang))
    entries.set(`pack/${e.key}`, {
      ...e,
      set: v => ((e.text.text as Record<string, string | PluralText>)[lang] = v),
    });
  const shipped = isShipped(lang);
  for (const e of uiEntries(next, lang))
    entries.set(`ui/${e.key}`, {
      ...e,
      set: v => {
        const ui = (next.ui ??= {});
        (ui[lang] ??= {})[e.key] = v;
      },
    });

  // targets by text, then by form
  const targets = new Map<string, Map<string | undefined, { text: string; unit: string }>>();
  for (const [file, units] of Object.entries(doc.files))
    for (const unit of units) {
      const name = `${file}/${unit.id}`;
      const direct = entries.get(name);
      const split = name.lastIndexOf(':');
      const base = direct ? undefined : entries.get(name.slice(0, split));
      const entry = direct ?? base;
      const form = direct ? undefined : name.slice(split + 1);
      const plural = !!entry && (isPlural(entry.en) || isPlural(entry.current));
      if (
        !entry ||
        (form !== undefined && (!plural || !categories(lang).includes(form))) ||
        (form === undefined && plural)
      ) {
        errors.push(`${unit.id} (file "${file}"): no such text in the pack or the interface`);
        continue;
      }
      if (!unit.target) continue;
      const text = plainText(unit.target, unit.source);
      if (text.trim() === '') continue;
      const sourceText = formOf(entry.en, form) ?? '';
      const want = placeholders(sourceText, plural).sort();
      const got = placeholders(text, plural).sort();
      const dropsNumberOnly =
        form !== undefined &&
        formOfOneNumber(lang, form) &&
        JSON.stringify(want.filter(p => p !== '#')) ===
          JSON.stringify(got.filter(p => p !== '#')) &&
        !got.includes('#');
      if (JSON.stringify(want) !== JSON.stringify(got) && !dropsNumberOnly) {
        const missing = want.filter(
          (p, i) => want.indexOf(p) === i && count(got, p) < count(want, p),
        );
        const added = got.filter((p, i) => got.indexOf(p) === i && count(got, p) > count(want, p));
        errors.push(
          `${unit.id}: the target ${[
            missing.length ? `drops ${missing.join(', ')}` : '',
            added.length ? `adds ${added.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join(' and ')}: keep the placeholders of the English (${want.join(', ') || 'none'})`,
        );
        continue;
      }
      const key = `${entry.file}/${entry.key}`;
      if (!targets.has(key)) targets.set(key, new Map());
      targets.get(key)!.set(form, { text, unit: unit.id });
    }

  let changed = 0;
  const notUsed: string[] = [];
  for (const [key, forms] of targets) {
    const entry = entries.get(key)!;
    const plural = isPlural(entry.en) || isPlural(entry.current);
    const differs = [...forms].some(([form, t]) => formOf(entry.current, form) !== t.text);
    if (!differs) continue;
    let value: string | PluralText;
    if (!plural) value = forms.get(undefined)!.text;
    else {
      const base: Record<string, string> = isPlural(entry.current)
        ? { ...(entry.current as unknown as Record<string, string>) }
        : typeof entry.current === 'string'
          ? { other: entry.current }
          : {};
      for (const [form, t] of forms) base[form!] = t.text;
      if (typeof base.other !== 'string') {
        errors.push(`${entry.key}:other: the plural message needs its "other" form`);
        continue;
      }
      value = base as unknown as PluralText;
    }
    if (entry.file === 'ui' && shipped) {
      notUsed.push(entry.key);
      continue;
    }
    entry.set(value);
    changed++;
  }
  if (notUsed.length)
    notes.push(
      `not merged: myocheck ships its own ${lang} interface text, so the pack's would not be used (${notUsed.join(', ')}); propose changes to the library instead`,
    );
  if (errors.length) return { lang, errors, notes, changed: 0 };
  if (changed) {
    if (!next.languages.includes(lang)) next.languages.push(lang);
    const status = (next.translations ??= {})[lang];
    if (!status) next.translations[lang] = { status: 'draft' };
    else if (status.status === 'reviewed') {
      status.status = 'draft';
      notes.push(
        `${lang} was reviewed; its texts changed, so it is "draft" again until a medical translator reviews it (its past reviews are kept)`,
      );
    }
  }
  return { pack: next, lang, errors, notes, changed };
}

const count = (list: string[], item: string) => list.filter(x => x === item).length;
