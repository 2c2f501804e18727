/**
 * Captions that are not marked up as <figcaption>. News sites set them apart by name
 * ("wp-caption-text", "newsCaption") or, in wire copy, end them with a photo credit:
 * "(AP Photo/Jane Doe)", "REUTERS/John Doe", "(Image: Getty)".
 */
import { hasHintWord } from './furniture-hints';
import { listed } from './node-lists';
import { wordCount } from './prose';
import { visibleText } from './visible-text';

/** Longer than any caption: a "caption"-named element this long is really body text. */
const MAX_CAPTION_CHARS = 400;
const MAX_CREDITED_CAPTION_WORDS = 70;

const AGENCY = '(AP|AFP|Reuters|REUTERS|EPA|Getty Images|Shutterstock|Bloomberg|Xinhua|PA|ANP|dpa|Keystone)';
const PHOTO_CREDIT = [
  // "(Image: GETTY)", "(Photo courtesy of …)", "(Photo by Jane Doe/Getty Images)"
  /\(\s*(images?|photos?|pictures?|pics?|photographs?|credits?|foto|bild)\b\s*(:|by\b|courtesy\b|credit\b)[^()]*\)$/i,
  // "(AP Photo/Jane Doe)", "(NASA via AP, File)", "(Jane Doe/Getty Images)"; not a bare
  // "(EPA)", which is as likely the agency's initials in a sentence.
  new RegExp(`\\((?:${AGENCY} Photo\\b|[^()]*(?:\\bvia\\s+|/\\s*)${AGENCY}\\b)[^()]*\\)$`),
  // "REUTERS/John Doe", "… Mark Von Holden/Invision/AP)"
  new RegExp(`\\b${AGENCY}(?: Photo)?/[\\p{L} .'’-]+\\)?$`, 'u'),
  new RegExp(`/${AGENCY}\\)?$`),
];

/** Every element inside that `hasHintWord(inner, 'caption')` can accept, and a few more. */
const MAYBE_CAPTION_INSIDE = '[class*="caption" i], [class][id*="caption" i]';
/** Every element `isCaptionElement` can accept, and more: all are named so, or hold one. */
const MAYBE_CAPTION = '[class*="caption" i], [id*="caption" i]';

/**
 * Whether anything in `root` may be a caption by its name. Most articles have none, and then
 * no element in them needs asking.
 */
export function mayHoldNamedCaptions(root: Element): boolean {
  return root.matches(MAYBE_CAPTION) || root.querySelector(MAYBE_CAPTION) !== null;
}

/** An element named as a caption, or a paragraph that only wraps one. */
export function isCaptionElement(el: Element): boolean {
  // Names first: they are cheap to read and few elements have one, unlike their text.
  const named = hasHintWord(el, 'caption');
  const namedInside = named || !el.querySelector(MAYBE_CAPTION_INSIDE) ? [] : listed(el.querySelectorAll('[class]')).filter((inner) => hasHintWord(inner, 'caption'));
  if (!named && !namedInside.length) return false;
  const text = visibleText(el);
  if (!text || text.length > MAX_CAPTION_CHARS) return false;
  return named || namedInside.some((inner) => visibleText(inner) === text);
}

/** A short paragraph that ends with a photo credit is the caption of a picture. */
export function isCreditedCaption(text: string): boolean {
  // Every credit pattern ends in a bracket or holds a slash: most paragraphs are ruled out
  // without running them.
  if (!text.endsWith(')') && !text.includes('/')) return false;
  return wordCount(text, MAX_CREDITED_CAPTION_WORDS) <= MAX_CREDITED_CAPTION_WORDS && PHOTO_CREDIT.some((re) => re.test(text));
}
