/**
 * The reader's colour themes. Every pair the page shows together meets WCAG 2.2 AA (text
 * 4.5:1, focus rings and control borders 3:1); tests/unit/reader-themes.test.ts checks each.
 * Links are told apart from text by their underline, not by colour alone.
 */
import type { ReaderTheme } from '../settings';

export interface ThemeColours {
  /** Lets native controls (checkboxes, sliders, scroll bars) match: light or dark. */
  scheme: 'light' | 'dark';
  background: string;
  /** Panels and the current paragraph under line focus. */
  surface: string;
  text: string;
  /** Secondary text: meta lines, hints, placeholders for images. */
  muted: string;
  /** Text outside the current paragraph when line focus is on: quieter, still 4.5:1. */
  dim: string;
  link: string;
  focus: string;
  /** Borders of controls and panels. */
  border: string;
  /** Behind the sentence being read aloud. */
  sentence: string;
  /** The word being read aloud: its background and text. */
  word: string;
  wordText: string;
}

export const THEMES: Record<ReaderTheme, ThemeColours> = {
  light: {
    scheme: 'light',
    background: '#ffffff',
    surface: '#f3f3f1',
    text: '#1c1c1c',
    muted: '#4f4f4f',
    dim: '#6f6f6f',
    link: '#0b53c4',
    focus: '#0b53c4',
    border: '#6e6e6e',
    sentence: '#fcefb4',
    word: '#1c1c1c',
    wordText: '#ffffff',
  },
  sepia: {
    scheme: 'light',
    background: '#f6eedc',
    surface: '#ece1c8',
    text: '#35291b',
    muted: '#5a4630',
    dim: '#6f5c44',
    link: '#7a3300',
    focus: '#7a3300',
    border: '#7d6a50',
    sentence: '#ead38a',
    word: '#35291b',
    wordText: '#f6eedc',
  },
  dark: {
    scheme: 'dark',
    background: '#17181b',
    surface: '#222429',
    text: '#e8e6e3',
    muted: '#b3afa8',
    dim: '#8c8982',
    link: '#8fb8ff',
    focus: '#8fb8ff',
    border: '#8b9099',
    sentence: '#40391c',
    word: '#f5d76e',
    wordText: '#111111',
  },
  'high-contrast': {
    scheme: 'dark',
    background: '#000000',
    surface: '#000000',
    text: '#ffffff',
    muted: '#d6d6d6',
    dim: '#9e9e9e',
    link: '#ffff00',
    focus: '#ffff00',
    border: '#ffffff',
    sentence: '#1f1f7a',
    word: '#ffff00',
    wordText: '#000000',
  },
};
