/**
 * The reader's preferences as CSS custom properties on the page's root: the stylesheet reads
 * only these, so a change of size, spacing, font or theme is one style update.
 */
import type { ReaderFont, ReaderPrefs } from '../settings';
import { THEMES, type ThemeColours } from './themes';

/**
 * Bundled fonts first (see entrypoints/reader/fonts.ts), then close system fallbacks. The
 * reader's fonts have no Arabic letters, so every stack goes on to the bundled Vazirmatn,
 * drawn for reading Arabic and Persian on screens at small sizes: the browser takes each
 * character from the first font that has it. Chinese, Japanese and Korean come from the
 * system's own fonts through the generic family at the end, which browsers resolve per
 * script and per `lang` (Simplified and Traditional Chinese and Japanese draw some
 * characters differently); no CJK font is bundled, as one would weigh megabytes.
 */
const ARABIC_SCRIPT_FONT = 'Vazirmatn';
export const FONT_STACKS: Record<ReaderFont, string> = {
  serif: `'Source Serif 4', ${ARABIC_SCRIPT_FONT}, Georgia, 'Times New Roman', serif`,
  sans: `'Source Sans 3', ${ARABIC_SCRIPT_FONT}, 'Segoe UI', Arial, sans-serif`,
  atkinson: `'Atkinson Hyperlegible', ${ARABIC_SCRIPT_FONT}, Verdana, sans-serif`,
  opendyslexic: `'OpenDyslexic', ${ARABIC_SCRIPT_FONT}, 'Comic Sans MS', sans-serif`,
};

/**
 * How many `ch` (the width of "0") one character of running text takes on average in each
 * font, measured so that a line set to N characters holds at most N (WCAG 2.2 1.4.8, checked
 * for every font by tests/e2e/visual-presentation.e2e.test.ts): letters are narrower than
 * digits in most fonts, and wider in OpenDyslexic.
 */
export const CH_PER_CHARACTER: Record<ReaderFont, number> = {
  serif: 0.84,
  sans: 0.78,
  atkinson: 0.63,
  opendyslexic: 1.03,
};

/** The same for Chinese, Japanese and Korean, in `em`: an ideograph takes one, punctuation and Latin letters less. */
const EM_PER_WIDE_CHARACTER = 0.72;

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

/** Chinese, Japanese and Korean, whose characters are set about twice as wide as Latin letters. */
export function isWideScriptLanguage(lang: string): boolean {
  return /^(?:zh|ja|ko)(?:-|$)/i.test(lang);
}

const round = (n: number) => Math.round(n * 100) / 100;

export function readerStyleVars(prefs: ReaderPrefs): Record<string, string> {
  const theme = THEMES[prefs.theme];
  const vars: Record<string, string> = {
    'color-scheme': theme.scheme,
    '--font': FONT_STACKS[prefs.font],
    '--font-size': `${prefs.fontSize}px`,
    '--line-height': String(prefs.lineHeight),
    '--letter-spacing': `${prefs.letterSpacing}em`,
    '--word-spacing': `${prefs.wordSpacing}em`,
    '--measure': `${round(prefs.columnWidth * CH_PER_CHARACTER[prefs.font])}ch`,
    // Chinese, Japanese and Korean lines hold half as many characters (WCAG 1.4.8: 40 for 80).
    '--measure-wide': `${round((prefs.columnWidth / 2) * EM_PER_WIDE_CHARACTER)}em`,
    '--align': prefs.align,
    // Justified lines need hyphenation, or long words open wide gaps between the rest.
    '--hyphens': prefs.align === 'justify' ? 'auto' : 'manual',
  };
  for (const [key, name] of Object.entries(COLOUR_VARS)) vars[name] = theme[key as keyof typeof COLOUR_VARS];
  return vars;
}
