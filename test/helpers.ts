/** Runs `fn` with console.warn captured; returns the warnings it logged. */
export function captureWarnings(fn: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Like captureWarnings, for async work. */
export async function captureWarningsAsync(fn: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}
