/**
 * Code loaded on demand (a language, the pack validator, the quiz's steps, result and FHIR
 * export): one helper, so every such part loads once, warns once and retries the same way.
 */
import { warnOnce } from './warn.js';

const loads = new Map<() => Promise<unknown>, Promise<unknown>>();

/**
 * What `importer` imports, loaded once: the same promise while it loads and once it has. A
 * failed load warns once (`<who> could not load <file>: <error>. <instead>`) and is forgotten,
 * so the next call tries again; the promise rejects.
 */
export function lazyImport<T>(
  importer: () => Promise<T>,
  file: string,
  instead: string,
  who = '',
): Promise<T> {
  let loading = loads.get(importer) as Promise<T> | undefined;
  if (!loading) {
    loading = importer().catch((error: unknown) => {
      loads.delete(importer);
      warnOnce(`${who && `${who} `}could not load ${file}: ${String(error)}. ${instead}`);
      throw error;
    });
    loads.set(importer, loading);
  }
  return loading;
}
