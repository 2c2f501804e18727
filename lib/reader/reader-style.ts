/**
 * The reader's preferences as CSS custom properties on the page's root: the stylesheet reads
 * only these, so a change of size, spacing, font or theme is one style update.
 */
import type { ReaderFont, ReaderPrefs } from '../settings';
import { THEMES, type ThemeColours } from './themes';

/** Bundled fonts first (see entrypoints/reader/fonts.ts), then close system fallbacks. */
export const FONT_STACKS: Record<ReaderFont, string> = {
  serif: "'Source Serif 4', Georgia, 'Times New Roman', serif",
  sans: "'Source Sans 3', 'Segoe UI', Arial, sans-serif",
  atkinson: "'Atkinson Hyperlegible', Verdana, sans-serif",
  opendyslexic: "'OpenDyslexic', 'Comic Sans MS', sans-serif",
};

const COLOUR_VARS: Record<Exclude<keyof ThemeColours, 'scheme'>, string> = {
  background: '--bg',
  surface: '--surface',
  text: '--text',
  muted: '--muted',
  dim: '--dim',
  link: '--link',
  focus: '--focus',
  border: '--border',
  sentence: '--sentence',
  word: '--word',
  wordText: '--word-text',
};

export function readerStyleVars(prefs: ReaderPrefs): Record<string, string> {
  const theme = THEMES[prefs.theme];
  const vars: Record<string, string> = {
    'color-scheme': theme.scheme,
    '--font': FONT_STACKS[prefs.font],
    '--font-size': `${prefs.fontSize}px`,
    '--line-height': String(prefs.lineHeight),
    '--letter-spacing': `${prefs.letterSpacing}em`,
    '--word-spacing': `${prefs.wordSpacing}em`,
    '--measure': `${prefs.columnWidth}ch`,
    // A CJK ideograph takes a full em, two `ch`: the same setting, in ideographs, is half as many.
    '--measure-wide': `${prefs.columnWidth / 2}em`,
    '--align': prefs.align,
    // Justified lines need hyphenation, or long words open wide gaps between the rest.
    '--hyphens': prefs.align === 'justify' ? 'auto' : 'manual',
  };
  for (const [key, name] of Object.entries(COLOUR_VARS)) vars[name] = theme[key as keyof typeof COLOUR_VARS];
  return vars;
}
