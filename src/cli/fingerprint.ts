import { createHash } from 'node:crypto';

/**
 * The normalised form of a pack: JSON with object keys sorted and no white space, without the
 * editor's `$schema` key. Two files with the same content normalise the same however they are
 * indented or ordered.
 */
export function normalizePack(pack: unknown): string {
  const top =
    pack && typeof pack === 'object' && !Array.isArray(pack)
      ? Object.fromEntries(Object.entries(pack).filter(([key]) => key !== '$schema'))
      : pack;
  return JSON.stringify(top, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map(key => [key, (value as Record<string, unknown>)[key]]),
        )
      : value,
  );
}

/** `sha256:` and the SHA-256 of the normalised pack, in hex: what a sign-off names. */
export function packFingerprint(pack: unknown): string {
  return `sha256:${createHash('sha256').update(normalizePack(pack)).digest('hex')}`;
}
