/**
 * Languages the elements load when they need them: an element whose language resolves to
 * Spanish imports `./locales/es.js` then, so a page in English never downloads Spanish; each
 * language is one module (one chunk of the CDN build). `myocheck/core` and the one-file bundle
 * hold Spanish up front; the one-file bundle carries no other language (rollup.config.mjs).
 */
import { uiStrings } from './i18n.js';
import { lazyImport } from './lazy.js';

type Loader = () => Promise<unknown>;

/** The languages that ship with myocheck, each a module of its own (see `./locales/`). */
const loaders: Record<string, Loader> = {
  es: () => import('./locales/es.js'),
  // the one-file bundle leaves these four out (rollup.config.mjs, onlySpanishInBundle)
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  pt: () => import('./locales/pt.js'),
  ar: () => import('./locales/ar.js'),
};
let version = 0;

/**
 * Makes a language loadable by the elements: `loader` imports a module that calls
 * `registerUiStrings` and `addPackLanguage` (as `myocheck/locales/es.js` does).
 */
export function registerLanguageLoader(lang: string, loader: Loader): void {
  loaders[lang.toLowerCase()] = loader;
}

/** Bumps each time a language arrives, so cached texts in older wording can be told apart. */
export function languageVersion(): number {
  return version;
}

/**
 * Loads the language `lang` resolves to, when it has a loader and is not there yet. Returns
 * the load's promise (`true` once the language is there, `false` if it could not be
 * loaded), or `undefined` when there is nothing to wait for. A failed load warns once,
 * naming the module, and is tried again on the next call.
 */
export function ensureLanguage(lang: string): Promise<boolean> | undefined {
  const wanted = lang.trim();
  const base = wanted.split('-')[0].toLowerCase();
  if (!base || uiStrings[wanted] || uiStrings[base]) return undefined;
  const loader = loaders[base];
  if (!loader) return undefined;
  return lazyImport(
    loader,
    `the "${base}" language module (locales/${base}.js)`,
    'Showing English; it is tried again on the next change.',
  ).then(
    () => (version++, true),
    () => false,
  );
}
