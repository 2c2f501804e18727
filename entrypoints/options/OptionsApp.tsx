import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { loadSettings, updateSettings, watchSettings } from '../../components/settings-store';
import type { LedeSettings } from '../../lib/settings';
import { NeverRunSection } from './NeverRunSection';
import { ReaderSection } from './ReaderSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SkipLinksSection } from './SkipLinksSection';
import { SummarySection } from './SummarySection';

export interface SectionProps {
  settings: LedeSettings;
  save: (change: Partial<LedeSettings>) => void;
}

export function OptionsApp() {
  const [settings, setSettings] = useState<LedeSettings | null>(null);
  // While our own writes are under way, storage reports their intermediate values back; shown,
  // they would undo keystrokes made since (two quick arrow presses on a slider gave one step).
  const writesPending = useRef(0);
  useEffect(() => {
    void loadSettings().then(setSettings);
    // The reader view and other devices change settings too; show what is stored now.
    return watchSettings((stored) => {
      if (writesPending.current === 0) setSettings(stored);
    });
  }, []);

  const save = (change: Partial<LedeSettings>) => {
    setSettings((current) => current && { ...current, ...change });
    writesPending.current++;
    void updateSettings(change).finally(() => writesPending.current--);
  };

  return (
    <main class="options" aria-busy={settings === null}>
      <h1>{i18n.t('options.title')}</h1>
      <p class="intro">{i18n.t('options.intro')}</p>
      {settings === null ? (
        <p>{i18n.t('options.loading')}</p>
      ) : (
        <>
          <SummarySection settings={settings} save={save} />
          <SkipLinksSection settings={settings} save={save} />
          <NeverRunSection settings={settings} save={save} />
          <ReaderSection settings={settings} save={save} />
          <ShortcutsSection />
        </>
      )}
    </main>
  );
}
