/**
 * The browser's speechSynthesis behind read-aloud's `SpeechEngine`. Looked up on `window` at
 * each call (not captured at import), so tests can put a scripted fake in its place.
 */
import type { SpeechEngine } from './player';

export interface BrowserSpeech extends SpeechEngine {
  voices(): SpeechSynthesisVoice[];
  /** Calls back when the browser's voice list changes (it fills in asynchronously); returns an unsubscribe. */
  onVoicesChanged(callback: () => void): () => void;
}

/** The engine, or null where the browser has no speech synthesis. */
export function browserSpeech(): BrowserSpeech | null {
  if (!('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') return null;
  const synth = () => window.speechSynthesis;
  // Chrome drops an utterance's events once nothing references it (a long-standing bug), so
  // the one being spoken is kept here until the next.
  let speaking: SpeechSynthesisUtterance | null = null;
  return {
    voices: () => synth().getVoices(),
    onVoicesChanged(callback) {
      synth().addEventListener('voiceschanged', callback);
      return () => synth().removeEventListener('voiceschanged', callback);
    },
    speak({ text, lang, rate, voiceName }, events) {
      const utterance = new window.SpeechSynthesisUtterance(text);
      if (lang !== 'und') utterance.lang = lang;
      utterance.rate = rate;
      const voice = voiceName ? synth().getVoices().find((v) => v.name === voiceName) : undefined;
      if (voice) utterance.voice = voice;
      utterance.onboundary = (event) => {
        // Some voices also report sentence boundaries; only words move the highlight.
        if (event.name && event.name !== 'word') return;
        events.onBoundary(event.charIndex, event.charLength);
      };
      utterance.onend = () => events.onEnd();
      utterance.onerror = (event) => events.onError(event.error);
      speaking = utterance;
      synth().speak(utterance);
    },
    cancel() {
      speaking = null;
      synth().cancel();
    },
  };
}
