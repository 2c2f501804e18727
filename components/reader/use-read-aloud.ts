/**
 * Read-aloud for one article: the plan (summary first or not), the private voices on this
 * device, and a player kept in step with the reader's speed and voice preferences.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ArticleModel } from '../../lib/article-model';
import { ReadAloudPlayer, type PlayerState } from '../../lib/read-aloud/player';
import { planSpeech, type SpeechItem } from '../../lib/read-aloud/speech-plan';
import { pickVoice, privateVoices, type VoiceChoice } from '../../lib/read-aloud/voices';
import type { ReaderPrefs } from '../../lib/settings';
import type { BrowserSpeech } from '../../lib/read-aloud/browser-speech';

export interface ReadAloud {
  plan: SpeechItem[];
  player: ReadAloudPlayer | null;
  state: PlayerState;
  /** The voices offered: those that run on this device, the article's language first. */
  voices: SpeechSynthesisVoice[];
  choice: VoiceChoice<SpeechSynthesisVoice>;
}

const IDLE: PlayerState = { status: 'stopped', index: 0, word: null, error: null };

function useVoices(engine: BrowserSpeech | null): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => engine?.voices() ?? []);
  useEffect(() => {
    if (!engine) return undefined;
    const refresh = () => setVoices(engine.voices());
    refresh();
    return engine.onVoicesChanged(refresh);
  }, [engine]);
  return voices;
}

export function useReadAloud(article: ArticleModel, prefs: ReaderPrefs, engine: BrowserSpeech | null): ReadAloud {
  const plan = useMemo(() => planSpeech(article, { summaryFirst: prefs.readSummaryFirst }), [article, prefs.readSummaryFirst]);
  const allVoices = useVoices(engine);
  const voices = useMemo(() => privateVoices(allVoices, article.lang), [allVoices, article.lang]);
  const choice = useMemo(() => pickVoice(allVoices, article.lang, prefs.voiceName), [allVoices, article.lang, prefs.voiceName]);
  const voiceName = choice.voice?.name ?? null;
  const [state, setState] = useState<PlayerState>(IDLE);

  // Only a private voice may speak: with none on this device there is no player at all.
  const player = useMemo(
    () =>
      engine && voiceName
        ? new ReadAloudPlayer(plan, engine, { lang: article.lang, rate: prefs.speechRate, voiceName }, setState)
        : null,
    // Speed and voice changes go through setOptions below, keeping the place in the article.
    [plan, engine, voiceName === null],
  );
  useEffect(() => {
    setState(player?.state ?? IDLE);
    return () => player?.dispose();
  }, [player]);
  useEffect(() => {
    player?.setOptions({ rate: prefs.speechRate, voiceName });
  }, [player, prefs.speechRate, voiceName]);

  return { plan, player, state, voices, choice };
}
