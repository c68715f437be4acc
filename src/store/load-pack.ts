/**
 * A group's own content pack (`content=`), read from the page and validated: a module of its
 * own, with the validator, loaded by the group store only for the pages that use their own pack.
 * @module
 */
import { defaultPack } from '../core/default-pack.js';
import { registerUiStrings, uiStrings } from '../core/i18n.js';
import { ensureLanguage } from '../core/languages.js';
import type { ContentPack } from '../core/types.js';
import { validatePack } from '../core/validate.js';
import { describeValue, warnOnce } from '../core/warn.js';

/**
 * The content pack in `<script type="application/json" id="…">`, validated. Anything wrong:
 * one warning naming the element and the id, and the default pack.
 */
export function loadPack(id: string, tag: string): ContentPack {
  const el = typeof document === 'undefined' ? null : document.getElementById(id);
  if (!el || el.localName !== 'script' || (el as HTMLScriptElement).type !== 'application/json') {
    warnOnce(
      `<${tag}> content=${describeValue(id)} is not valid: expected the id of a <script type="application/json"> element on the page. Using the default content.`,
    );
    return defaultPack;
  }
  let data: unknown;
  try {
    data = JSON.parse(el.textContent ?? '');
  } catch (error) {
    warnOnce(
      `<${tag}> content=${describeValue(id)}: the JSON could not be parsed (${String(error)}). Using the default content.`,
    );
    return defaultPack;
  }
  const problems = validatePack(data);
  if (problems.length) {
    const list = problems
      .slice(0, 5)
      .map(p => `${p.path || '(root)'}: ${p.message}`)
      .join('; ');
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    warnOnce(
      `<${tag}> content=${describeValue(id)} is not a valid content pack: ${list}${more}. Using the default content.`,
    );
    return defaultPack;
  }
  const pack = data as ContentPack;
  // The interface text of a language the library does not ship (no module loads it, none is
  // there): the pack's, for the page. A language the library ships keeps its own.
  for (const [lang, table] of Object.entries(pack.ui ?? {})) {
    const base = lang.split('-')[0].toLowerCase();
    if (!uiStrings[base] && !ensureLanguage(base)) registerUiStrings(lang, table);
  }
  return pack;
}
