// Small statistics for the report.

export function median(values) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function summary(values) {
  if (!values.length) return null;
  return {
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    n: values.length,
  };
}

export const round = (n, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/**
 * Cumulative layout shift as Chromium defines it: the largest session window of shifts
 * without recent input (windows close after a 1 s gap or at 5 s).
 */
export function cls(shifts) {
  let best = 0;
  let current = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].filter(s => !s.input).sort((a, b) => a.start - b.start)) {
    if (s.start - last > 1000 || s.start - windowStart > 5000) {
      current = 0;
      windowStart = s.start;
    }
    current += s.value;
    last = s.start;
    best = Math.max(best, current);
  }
  return best;
}
