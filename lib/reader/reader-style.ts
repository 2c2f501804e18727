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
    '--align': prefs.align,
    // Justified lines need hyphenation, or long words open wide gaps between the rest.
    '--hyphens': prefs.align === 'justify' ? 'auto' : 'manual',
  };
  for (const [key, name] of Object.entries(COLOUR_VARS)) vars[name] = theme[key as keyof typeof COLOUR_VARS];
  return vars;
}
