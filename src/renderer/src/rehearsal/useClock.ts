import { useEffect, useState } from 'react';

/**
 * Seconds since `startedAt`, ticking once a second while `running`. Reads Date.now() on each
 * tick rather than counting ticks, so a throttled background tab never loses time.
 */
export function useElapsed(startedAt: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [startedAt, running]);
  return Math.max(0, (now - startedAt) / 1000);
}
