/**
 * Helpers for the reader view's e2e tests: open reader.html for a tab (optionally with a
 * scripted speechSynthesis in place of the browser's), record what extension contexts ask
 * of the network, and read the page's read-aloud highlights.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { LedeBrowser } from './lede-browser';

export interface ReaderOptions {
  /** Replace speechSynthesis with a fake the test drives (see installFakeSpeech). */
  fakeSpeech?: boolean;
  /** The tab id to pass, when not that of a page (e.g. a closed tab). */
  tabId?: number | null;
}

export async function openReader(lede: LedeBrowser, article: Page | null, options: ReaderOptions = {}): Promise<Page> {
  const page = await lede.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  if (options.fakeSpeech) await page.addInitScript(installFakeSpeech);
  const tabId = options.tabId !== undefined ? options.tabId : article ? await lede.tabIdOf(article) : null;
  await page.goto(`chrome-extension://${lede.extensionId}/reader.html${tabId === null ? '' : `?tab=${tabId}`}`);
  return page;
}

/** Every request an extension page or the service worker makes for anything outside the extension. */
export function recordExtensionRequests(context: BrowserContext): string[] {
  const requests: string[] = [];
  context.on('request', (request) => {
    const fromExtension = request.serviceWorker() !== null || request.frame().url().startsWith('chrome-extension://');
    if (fromExtension && !request.url().startsWith('chrome-extension://')) requests.push(request.url());
  });
  return requests;
}

/** The text under a named CSS highlight (`lede-sentence`, `lede-word`), white space collapsed. */
export function highlighted(page: Page, name: string): Promise<string> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    if (!highlight) return '';
    return [...highlight]
      .map((range) => range.toString())
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }, name);
}

export interface FakeSpeechControl {
  spoken: { text: string; rate: number; voice: string | null; lang: string }[];
  current(): string | null;
  /** Reports that the voice reached the `n`th word of the current utterance; returns that word. */
  word(n: number): string | null;
  /** Ends the current utterance. */
  end(): void;
}

declare global {
  interface Window {
    __speech: FakeSpeechControl;
  }
}

/**
 * Runs in the page before its scripts: a speechSynthesis that speaks nothing and reports
 * only what the test tells it to, and lists one private voice and one network voice.
 */
export function installFakeSpeech(): void {
  type Utter = {
    text: string;
    lang: string;
    rate: number;
    voice: { name: string } | null;
    onboundary: ((e: { name: string; charIndex: number; charLength: number }) => void) | null;
    onend: ((e: object) => void) | null;
    onerror: ((e: { error: string }) => void) | null;
  };
  const voices = [
    { name: 'Lede Test Voice', lang: 'en-GB', localService: true, default: true, voiceURI: 'lede-test' },
    { name: 'Cloud Voice', lang: 'en-GB', localService: false, default: false, voiceURI: 'cloud' },
  ];
  let current: Utter | null = null;
  const spoken: FakeSpeechControl['spoken'] = [];
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => voices,
    addEventListener() {},
    removeEventListener() {},
    speak(u: Utter) {
      current = u;
      spoken.push({ text: u.text, rate: u.rate, voice: u.voice?.name ?? null, lang: u.lang });
    },
    cancel() {
      const was = current;
      current = null;
      if (was) queueMicrotask(() => was.onerror?.({ error: 'interrupted' }));
    },
    pause() {},
    resume() {},
  };
  class FakeUtterance {
    lang = '';
    rate = 1;
    voice = null;
    onboundary = null;
    onend = null;
    onerror = null;
    constructor(public text: string) {}
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  window.__speech = {
    spoken,
    current: () => current?.text ?? null,
    word(n) {
      const u = current;
      if (!u) return null;
      const words = [...u.text.matchAll(/[\p{L}\p{N}’'-]+/gu)];
      const match = words[n];
      if (!match) return null;
      u.onboundary?.({ name: 'word', charIndex: match.index!, charLength: match[0].length });
      return match[0];
    },
    end() {
      const u = current;
      current = null;
      u?.onend?.({});
    },
  };
}
