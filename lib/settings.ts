/**
 * Lede's settings: their shape, defaults and how stored settings from older versions are
 * brought up to date. Pure data; `components/settings-store.ts` keeps them in storage.
 */

export type SummaryLength = 'short' | 'medium' | 'long';
export type SkipLinkMode = 'on-request' | 'every-site';
export type ReaderTheme = 'light' | 'sepia' | 'dark' | 'high-contrast';
export type ReaderFont = 'serif' | 'sans' | 'atkinson' | 'opendyslexic';

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
  readSummaryFirst: boolean;
  speechRate: number;
  voiceName: string | null;
}

export interface LedeSettings {
  summaryLength: SummaryLength;
  aiKeyPoints: boolean;
  skipLinks: SkipLinkMode;
  /** Hostnames where Lede never injects anything. */
  neverRunOn: string[];
  reader: ReaderPrefs;
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
};

export const SUMMARY_SENTENCES: Record<SummaryLength, number> = { short: 3, medium: 5, long: 7 };
