import type { TextDirection } from '../article-model';

const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku-arab', 'ps', 'sd', 'ug', 'ur', 'yi']);
const RTL_CHARS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
const ANY_RTL_CHAR = new RegExp(RTL_CHARS.source, 'u');
const LTR_CHARS = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Devanagari}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

export function isRtlLanguage(lang: string): boolean {
  const tag = lang.toLowerCase();
  return RTL_LANGS.has(tag) || RTL_LANGS.has(tag.split('-')[0]!);
}

/** Direction from the text itself: right-to-left when most strong letters are RTL. */
export function directionOfText(text: string): TextDirection {
  const sample = text.slice(0, 5000);
  // One pass that stops at the first RTL letter settles most pages without counting.
  if (!ANY_RTL_CHAR.test(sample)) return 'ltr';
  const rtl = (sample.match(RTL_CHARS) ?? []).length;
  const ltr = (sample.match(LTR_CHARS) ?? []).length;
  return rtl > ltr ? 'rtl' : 'ltr';
}
