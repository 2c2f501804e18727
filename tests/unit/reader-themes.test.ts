import { describe, expect, it } from 'vitest';
import { isWideScriptLanguage, readerStyleVars } from '../../lib/reader/reader-style';
import { THEMES, type ThemeColours } from '../../lib/reader/themes';
import { DEFAULT_READER_PREFS } from '../../lib/settings';

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

type Colour = Exclude<keyof ThemeColours, 'scheme'>;

/** Every pair the reader shows together, and the ratio it needs. */
const PAIRS: [Colour, Colour, number][] = [
  ['text', 'background', 4.5],
  ['text', 'surface', 4.5],
  ['muted', 'background', 4.5],
  ['muted', 'surface', 4.5],
  ['dim', 'background', 4.5],
  ['link', 'background', 4.5],
  ['link', 'surface', 4.5],
  ['text', 'sentence', 4.5],
  ['wordText', 'word', 4.5],
  ['focus', 'background', 3],
  ['focus', 'surface', 3],
  ['border', 'background', 3],
  ['border', 'surface', 3],
];

describe('reader themes', () => {
  for (const [name, theme] of Object.entries(THEMES)) {
    for (const [fg, bg, needed] of PAIRS) {
      it(`${name}: ${fg} on ${bg} meets ${needed}:1`, () => {
        expect(contrast(theme[fg], theme[bg])).toBeGreaterThanOrEqual(needed);
      });
    }
  }

  it('the contrast helper matches known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('turns preferences into the page’s custom properties', () => {
    const vars = readerStyleVars({ ...DEFAULT_READER_PREFS, theme: 'dark', font: 'opendyslexic', fontSize: 24, align: 'justify' });
    expect(vars).toMatchObject({
      'color-scheme': 'dark',
      '--font-size': '24px',
      '--align': 'justify',
      '--hyphens': 'auto',
      '--bg': THEMES.dark.background,
      '--word-text': THEMES.dark.wordText,
    });
    expect(vars['--font']).toMatch(/^'OpenDyslexic'/);
    // The line length is in characters of the chosen font; CJK lines hold half as many (WCAG 1.4.8).
    expect(vars['--measure']).toBe('67.98ch');
    expect(vars['--measure-wide']).toBe('23.76em');
    expect(['zh', 'zh-Hant-TW', 'ja', 'ko-KR', 'JA'].every(isWideScriptLanguage)).toBe(true);
    expect(['en', 'kok', 'jam', 'und', 'fa'].some(isWideScriptLanguage)).toBe(false);
  });
});
