/**
 * The reader's preferences, shown at once and remembered in `settings.reader` (storage.sync,
 * shared with the options page). Writes wait for a pause: a slider dragged across its range
 * would otherwise spend storage.sync's write quota (120 a minute) in seconds.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_READER_PREFS, type LedeSettings, type ReaderPrefs } from '../../lib/settings';
import { loadSettings, settingsItem, watchSettings } from '../settings-store';

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
  /**
   * All settings as storage last reported them. The last write starts from these rather than
   * reading storage first (as updateSettings does): when the tab closes or reloads, a write
   * that first waits for a read never happens, and the reader's last change would be lost.
   */
  const stored = useRef<LedeSettings | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    if (timer.current === undefined || !stored.current) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    stored.current = { ...stored.current, reader: latest.current };
    void settingsItem.setValue(stored.current);
  }, []);

  useEffect(() => {
    let live = true;
    void loadSettings().then((settings) => {
      if (!live) return;
      stored.current = settings;
      latest.current = settings.reader;
      setPrefs(settings.reader);
      setReady(true);
    });
    const unwatch = watchSettings((settings) => {
      stored.current = settings;
      // While a change of ours waits to be written, storage still holds older reader values.
      if (timer.current !== undefined) return;
      latest.current = settings.reader;
      setPrefs(settings.reader);
    });
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
