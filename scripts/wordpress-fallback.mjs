// The advice the WordPress blocks show without JavaScript, from the content pack at build time:
// the article's "when to see a doctor" thresholds (the rules `duration`, `sleep` and
// `daily-tasks`, in their own words), under the see-doctor level's title, and the disclaimer, in
// every language the pack has. A change of wording or a new language in the pack reaches the
// plugin on the next build. build-wordpress.mjs writes it as the plugin's fallback.json, which
// includes/render.php prints inside each block's element.

/** The article's thresholds, by the rule ids of the pack (stable API ids). */
export const THRESHOLD_RULES = ['duration', 'sleep', 'daily-tasks'];

/**
 * The fallback's text, per language: `{ thresholdMonths, languages: { en: { dir?, title,
 * duration: { 1: …, 3: …, 6: …, 12: … }, reasons: […], disclaimer } } }`. `duration` has the
 * duration rule's message for each threshold the pack allows (its duration options' lower
 * bounds), so the plugin prints the one its block or Settings asks for.
 *
 * @param core `myocheck/core` (dist/core/index.js, or src/core/index.ts in the tests)
 */
export function fallbackText({ defaultPack: pack, formatMessage, localize }) {
  const rule = id => {
    const found = pack.rules.find(r => r.id === id);
    if (!found) throw new Error(`wordpress-fallback: the pack has no rule "${id}"`);
    return found;
  };
  const months = pack.questions
    .find(q => q.id === 'duration')
    .options.map(o => o.value)
    .filter(n => typeof n === 'number' && n > 0);
  const languages = {};
  for (const lang of pack.languages) {
    const message = (id, n) => formatMessage(rule(id).message, lang, { thresholdMonths: n }, n);
    languages[lang] = {
      // right to left as the elements are (src/controllers/localize-controller.ts, RTL)
      ...(/^(ar|fa|he|ur)\b/i.test(lang) && { dir: 'rtl' }),
      title: localize(pack.levels['see-doctor'].title, lang),
      duration: Object.fromEntries(months.map(n => [n, message('duration', n)])),
      reasons: THRESHOLD_RULES.slice(1).map(id => message(id, pack.params.thresholdMonths)),
      disclaimer: localize(pack.disclaimer, lang),
    };
  }
  return { thresholdMonths: pack.params.thresholdMonths, languages };
}
