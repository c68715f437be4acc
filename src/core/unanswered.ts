import { defaultPack } from './default-pack.js';
import { ui } from './i18n.js';
import { formatList, localize } from './text.js';
import type { Assessment, ContentPack } from './types.js';

/**
 * What is still unanswered among the questions that could point to a doctor, as a sentence
 * ("You have not answered: how long, sleep and daily tasks."), from `assessment.unanswered`
 * and each question's short name; `''` when everything is answered. The banner shows it at
 * `self-care`; the quiz shows it at `none`.
 */
export function unansweredText(
  assessment: Pick<Assessment, 'unanswered'>,
  pack: ContentPack = defaultPack,
  lang = 'en',
): string {
  const names = (assessment.unanswered ?? [])
    .map(id => pack.questions.find(q => q.id === id))
    .map(q => (q ? localize(q.short ?? q.label, lang) : ''))
    .filter(Boolean);
  return names.length ? ui('unanswered', lang, { list: formatList(names, lang) }) : '';
}
