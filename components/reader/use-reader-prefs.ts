/**
 * The reader's preferences, shown at once and remembered in `settings.reader` (storage.sync,
 * shared with the options page). Writes wait for a pause: a slider dragged across its range
 * would otherwise spend storage.sync's write quota (120 a minute) in seconds.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_READER_PREFS, type ReaderPrefs } from '../../lib/settings';
import { loadSettings, updateSettings, watchSettings } from '../settings-store';

const WRITE_DELAY_MS = 300;

export interface ReaderPrefsState {
  prefs: ReaderPrefs;
  /** False until the stored preferences have been read. */
  ready: boolean;
  change: (change: Partial<ReaderPrefs>) => void;
}

export function useReaderPrefs(): ReaderPrefsState {
  const [prefs, setPrefs] = useState<ReaderPrefs>(DEFAULT_READER_PREFS);
  const [ready, setReady] = useState(false);
  const latest = useRef(prefs);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    void updateSettings({ reader: latest.current });
  }, []);

  useEffect(() => {
    let live = true;
    void loadSettings().then((settings) => {
      if (!live) return;
      latest.current = settings.reader;
      setPrefs(settings.reader);
      setReady(true);
    });
    const unwatch = watchSettings((settings) => {
      // While a change of ours waits to be written, storage still holds older values.
      if (timer.current !== undefined) return;
      latest.current = settings.reader;
      setPrefs(settings.reader);
    });
    // Closing the tab must not lose the last change.
    addEventListener('pagehide', flush);
    return () => {
      live = false;
      unwatch();
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const change = useCallback(
    (patch: Partial<ReaderPrefs>) => {
      latest.current = { ...latest.current, ...patch };
      setPrefs(latest.current);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, WRITE_DELAY_MS);
    },
    [flush],
  );

  return { prefs, ready, change };
}
