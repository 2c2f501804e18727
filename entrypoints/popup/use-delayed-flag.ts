import { useEffect, useState } from 'preact/hooks';

/**
 * True once `active` has stayed true for `ms`: a loading message that would only flash on a
 * fast (cached) answer is never shown at all.
 */
export function useDelayedFlag(active: boolean, ms: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    setShown(false);
    if (!active) return;
    const timer = setTimeout(() => setShown(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return active && shown;
}
