/**
 * Warnings for bad input. Every warning names where it comes from, what was given and what
 * was expected, and each distinct warning is logged once per page so a re-render does not
 * flood the console.
 */
const seen = new Set<string>();

/** Logs `message` with a `[myocheck]` prefix, once per distinct message. */
export function warnOnce(message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`[myocheck] ${message}`);
}

/** Forgets which warnings were logged (for tests). */
export function resetWarnings(): void {
  seen.clear();
}

/** Shows a value in a warning: quoted, and cut short when long. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Lists the values a warning expects: `"front", "back", "both"`. */
export function quoteList(items: readonly string[]): string {
  return items.map(item => `"${item}"`).join(', ');
}

/**
 * Warns about an invalid attribute: `<myo-body-map> view="sideways" is not valid: expected
 * one of "front", "back", "both". Using "both".`
 */
export function warnAttribute(
  tag: string,
  attribute: string,
  value: unknown,
  expected: string,
  fallback?: unknown,
): void {
  const using = fallback === undefined ? '' : ` Using ${describeValue(fallback)}.`;
  warnOnce(
    `<${tag}> ${attribute}=${describeValue(value)} is not valid: expected ${expected}.${using}`,
  );
}
