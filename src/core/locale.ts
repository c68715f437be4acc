import type { ContentPack, MessageText, PluralText, Text } from './types.js';

/**
 * A pack's wording in one language, keyed by where each text sits: `title`, `disclaimer`,
 * `q.<question>.label`, `q.<question>.description`, `q.<question>.short`, `q.<question>.o.<option>`,
 * `region.<id>`, `area.<id>`, `rule.<id>`, `rule.<id>.emergency`, `note.<id>`, `level.<level>.title`,
 * `level.<level>.body`, `selfCare.title`, `selfCare.tip.<n>`.
 */
export type PackTranslation = Record<string, string | PluralText>;

/**
 * Calls `visit` with every text of a pack and its `PackTranslation` key: the one list of where a
 * pack holds wording, shared by `addPackLanguage`, the CLI's translation tools and the tests.
 */
export function forEachPackText(
  pack: ContentPack,
  visit: (key: string, text: Text | MessageText) => void,
): void {
  const put = (text: Text | MessageText | undefined, key: string) => text && visit(key, text);
  put(pack.title, 'title');
  put(pack.disclaimer, 'disclaimer');
  for (const q of pack.questions) {
    put(q.label, `q.${q.id}.label`);
    put(q.description, `q.${q.id}.description`);
    put(q.short, `q.${q.id}.short`);
    for (const o of q.options ?? []) put(o.label, `q.${q.id}.o.${o.id}`);
  }
  for (const r of pack.regions) put(r.label, `region.${r.id}`);
  for (const a of pack.areas) put(a.label, `area.${a.id}`);
  for (const r of pack.rules) {
    put(r.message, `rule.${r.id}`);
    put(r.emergencyMessage, `rule.${r.id}.emergency`);
  }
  for (const n of pack.notes ?? []) put(n.message, `note.${n.id}`);
  for (const [level, entry] of Object.entries(pack.levels)) {
    put(entry.title, `level.${level}.title`);
    put(entry.body, `level.${level}.body`);
  }
  put(pack.selfCare.title, 'selfCare.title');
  pack.selfCare.tips.forEach((tip, i) => put(tip, `selfCare.tip.${i}`));
}

/**
 * Adds a language to a content pack in place; keys it does not know are ignored. Its review
 * status stays what the pack says, else `draft` (`ContentPack.translations`).
 */
export function addPackLanguage(pack: ContentPack, lang: string, texts: PackTranslation): void {
  forEachPackText(pack, (key, text) => {
    const value = texts[key];
    if (value !== undefined) (text as Record<string, string | PluralText>)[lang] = value;
  });
  if (!pack.languages.includes(lang)) pack.languages.push(lang);
  (pack.translations ??= {})[lang] ??= { status: 'draft' };
}
