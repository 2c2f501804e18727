/**
 * Lede's settings: their shape, defaults and how stored settings from older versions are
 * brought up to date. Pure data; `components/settings-store.ts` keeps them in storage.
 */
import { normalizeSiteList } from './site-list';

export type SummaryLength = 'short' | 'medium' | 'long';
export type SkipLinkMode = 'on-request' | 'every-site';
export type ReaderTheme = 'light' | 'sepia' | 'dark' | 'high-contrast';
export type ReaderFont = 'serif' | 'sans' | 'atkinson' | 'opendyslexic';
/** Whether the reader view shows the article's images (loading them from the site) or their descriptions only. */
export type ReaderImages = 'show' | 'text';

export interface ReaderPrefs {
  fontSize: number; // px
  lineHeight: number; // unitless
  letterSpacing: number; // em
  wordSpacing: number; // em
  columnWidth: number; // ch
  align: 'start' | 'justify';
  font: ReaderFont;
  theme: ReaderTheme;
  lineFocus: boolean;
  images: ReaderImages;
  readSummaryFirst: boolean;
  speechRate: number;
  voiceName: string | null;
}

/**
 * What listening on the page reads: the article; its summary, then the article; or only its
 * key quotes, each after the name of who said it.
 */
export type ListenMode = 'article' | 'summary-first' | 'key-quotes';
/** Line focus on the page: off, or a band of 1, 3 or 5 lines. */
export type LineFocusLines = 0 | 1 | 3 | 5;

/** Listening and line focus on the page itself (speed and voice are the reader's: one voice everywhere). */
export interface ListenPrefs {
  mode: ListenMode;
  lineFocus: LineFocusLines;
}

export interface LedeSettings {
  summaryLength: SummaryLength;
  aiKeyPoints: boolean;
  skipLinks: SkipLinkMode;
  /** Hostnames where Lede never injects anything. */
  neverRunOn: string[];
  reader: ReaderPrefs;
  listen: ListenPrefs;
}

export const DEFAULT_READER_PREFS: ReaderPrefs = {
  fontSize: 20,
  lineHeight: 1.6,
  letterSpacing: 0,
  wordSpacing: 0,
  columnWidth: 66,
  align: 'start',
  font: 'serif',
  theme: 'light',
  lineFocus: false,
  images: 'show',
  readSummaryFirst: false,
  speechRate: 1,
  voiceName: null,
};

export const DEFAULT_SETTINGS: LedeSettings = {
  summaryLength: 'medium',
  aiKeyPoints: false,
  skipLinks: 'on-request',
  neverRunOn: [],
  reader: DEFAULT_READER_PREFS,
  listen: { mode: 'article', lineFocus: 0 },
};

export const SUMMARY_SENTENCES: Record<SummaryLength, number> = { short: 3, medium: 5, long: 7 };

/**
 * The host access that skip links on every site need (`skipLinks: 'every-site'`): asked for
 * at run time from the options page, listed as optional in the manifest, never required.
 */
export const EVERY_SITE_ORIGINS = ['http://*/*', 'https://*/*'];

export const SUMMARY_LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];
export const SKIP_LINK_MODES: readonly SkipLinkMode[] = ['on-request', 'every-site'];
export const READER_THEMES: readonly ReaderTheme[] = ['light', 'sepia', 'dark', 'high-contrast'];
export const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans', 'atkinson', 'opendyslexic'];
export const LISTEN_MODES: readonly ListenMode[] = ['article', 'summary-first', 'key-quotes'];
export const LINE_FOCUS_LINES: readonly LineFocusLines[] = [0, 1, 3, 5];
export const READER_ALIGNS: readonly ReaderPrefs['align'][] = ['start', 'justify'];
export const READER_IMAGES: readonly ReaderImages[] = ['show', 'text'];

/** The range and step of each numeric reader preference: what the controls offer and what a stored value is clamped to. */
export const READER_LIMITS = {
  fontSize: { min: 12, max: 40, step: 1 },
  lineHeight: { min: 1.2, max: 2.4, step: 0.1 },
  letterSpacing: { min: 0, max: 0.3, step: 0.01 },
  wordSpacing: { min: 0, max: 0.5, step: 0.02 },
  // At most 80 characters a line (WCAG 2.2 1.4.8); a CJK article's measure is half as many ideographs.
  columnWidth: { min: 40, max: 80, step: 2 },
  speechRate: { min: 0.5, max: 2, step: 0.1 },
} satisfies Partial<Record<keyof ReaderPrefs, { min: number; max: number; step: number }>>;

const READER_CHOICES: Partial<Record<keyof ReaderPrefs, readonly string[]>> = {
  font: READER_FONTS,
  theme: READER_THEMES,
  align: READER_ALIGNS,
  images: READER_IMAGES,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/**
 * One reader preference from storage, or its default when the stored value is missing or of
 * the wrong kind. Driven by the defaults' own types, so a field added to `ReaderPrefs`
 * (with its default) is checked without touching this function.
 */
function readerPref(key: keyof ReaderPrefs, stored: unknown): unknown {
  const fallback = DEFAULT_READER_PREFS[key];
  const choices = READER_CHOICES[key];
  if (choices) return oneOf(stored, choices, fallback as string);
  if (fallback === null) return typeof stored === 'string' ? stored : null;
  if (typeof fallback === 'number') {
    if (typeof stored !== 'number' || !Number.isFinite(stored)) return fallback;
    const limits = (READER_LIMITS as Partial<Record<keyof ReaderPrefs, { min: number; max: number }>>)[key];
    return limits ? Math.min(limits.max, Math.max(limits.min, stored)) : stored;
  }
  return typeof stored === typeof fallback ? stored : fallback;
}

/**
 * Whatever storage holds, as complete, well-typed settings. `storage.sync` is shared with the
 * user's other browsers, which may run an older or newer Lede, and fields are added over
 * time, so every read fills in what is missing and replaces what is malformed with the
 * default rather than trusting the stored shape.
 */
export function completeSettings(stored: unknown): LedeSettings {
  const s = isRecord(stored) ? stored : {};
  const reader = isRecord(s.reader) ? s.reader : {};
  const keys = Object.keys(DEFAULT_READER_PREFS) as (keyof ReaderPrefs)[];
  const listen = isRecord(s.listen) ? s.listen : {};
  return {
    summaryLength: oneOf(s.summaryLength, SUMMARY_LENGTHS, DEFAULT_SETTINGS.summaryLength),
    aiKeyPoints: typeof s.aiKeyPoints === 'boolean' ? s.aiKeyPoints : DEFAULT_SETTINGS.aiKeyPoints,
    skipLinks: oneOf(s.skipLinks, SKIP_LINK_MODES, DEFAULT_SETTINGS.skipLinks),
    neverRunOn: Array.isArray(s.neverRunOn) ? s.neverRunOn.filter((h): h is string => typeof h === 'string') : [],
    reader: Object.fromEntries(keys.map((key) => [key, readerPref(key, reader[key])])) as unknown as ReaderPrefs,
    listen: {
      mode: oneOf(listen.mode, LISTEN_MODES, DEFAULT_SETTINGS.listen.mode),
      lineFocus: LINE_FOCUS_LINES.includes(listen.lineFocus as LineFocusLines) ? (listen.lineFocus as LineFocusLines) : DEFAULT_SETTINGS.listen.lineFocus,
    },
  };
}

/** The version of the stored settings' shape; `settingsMigrations` brings older ones up to it. */
export const SETTINGS_VERSION = 3;

/**
 * Stored-shape changes, keyed by the version they produce (the form @wxt-dev/storage runs).
 * - v2: `neverRunOn` holds canonical hostnames (see lib/site-list.ts), so pages are matched
 *   by plain comparison. v1 kept entries as they were typed (`WWW.Example.com`,
 *   `https://example.com/news`, `bücher.de`), which never matched `location.hostname`.
 * - v3: the reader view can show the article's images, which loads them from the site. A new
 *   install shows them (the default); settings from before v3 keep the text-only reader their
 *   owner chose Lede for, until they turn images on.
 */
export const settingsMigrations: Record<number, (stored: unknown) => LedeSettings> = {
  2: (stored) => {
    const settings = completeSettings(stored);
    return { ...settings, neverRunOn: normalizeSiteList(settings.neverRunOn) };
  },
  3: (stored) => {
    const settings = completeSettings(stored);
    return { ...settings, reader: { ...settings.reader, images: 'text' } };
  },
};
