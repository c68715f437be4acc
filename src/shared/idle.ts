/**
 * Runs `work` when the browser is idle (within `timeout` ms), or soon where it cannot tell
 * (Safari before 18 has no `requestIdleCallback`).
 */
export function whenIdle(work: () => void, timeout = 1000): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout });
  else setTimeout(work, 200);
}
