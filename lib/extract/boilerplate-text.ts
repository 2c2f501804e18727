/**
 * Recognising boilerplate by what it says. Each test looks at one block of text (a
 * paragraph, heading or list item) and only ever at short ones: furniture is a line, not a
 * paragraph of sentences. English first, with the commonest equivalents in the other
 * languages of Lede's readers where the convention is the same.
 */
import { endsLikeSentence, wordCount } from './prose';

/** Headings of related-story boxes; the links that follow them belong to the box. */
const RELATED_LABELS: RegExp[] = [
  /^(read more|read next|related|related (stories|articles|content|coverage|topics|links|posts|news|videos?)|more on this( story| topic)?|more from [\p{L}\s.]{1,30}|more( [\p{L}'’]+){0,3} (stories|news|articles|videos)|you (may|might) (also )?like|most (read|popular|viewed|shared)|recommended( for you| stories| articles)?|don['’]?t miss|see also|also read|trending( now| stories)?|top stories|latest( news| stories)?|editor['’]?s picks?|what to read next|up next|further reading)$/iu,
  /^(lire aussi|à lire aussi|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|leer más|lea también|te puede interesar|leggi anche|veja também|leia também|بیشتر بخوانید|مطالب مرتبط|اخبار مرتبط|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|أخبار ذات صلة)$/iu,
];

/** Lines that are furniture whatever surrounds them: ad labels, share rows, skip links… */
const FURNITURE_LINES: RegExp[] = [
  ...RELATED_LABELS,
  /^(advertisement|advertising|advert|ad|ads|anzeige|werbung|publicité|publicidad|pubblicità|реклама|تبلیغات|آگهی|إعلان|sponsored( content| post)?|paid (content|post)|partner content|promoted( content)?)$/iu,
  /^((story|article|text) continues below( this)?( advertisement| ad)?|continue reading( (below|the (main )?story))?|scroll (down )?to continue( reading)?)$/i,
  /^(skip|jump) to (the )?(main )?(content|navigation|article|search|footer|menu)\b/i,
  /^accessibility links$/i,
  /^(sign in|log ?in|register|sign up|subscribe( now)?|my account|manage (cookies|preferences))$/i,
  /^(text size|loading( content)?(…|\.\.\.)?|join the (conversation|discussion)|enlarge( this)? (image|photo)|(hide|show|toggle) caption|caption close)$/i,
  /^like this (story|article)\b.{0,40}$/i,
  /^(see|view) (more|all) (photos|images|pictures)\b/i,
  /^(comments? (are|is) (now )?closed\b.{0,40}|leave a (comment|reply)|post a comment|(show|view|read) (all )?comments|\d+ comments?|comments?( \(\d+\))?)$/i,
  /^(photos?|images?|slides?|pictures?)\s*\d+\s*(of|\/)\s*\d+\b/i,
  /^(media playback is unsupported|media caption)\b/i,
  /^(image|photo|picture|video)\s+(copyright|credit|caption|courtesy)\b/i,
  /^(image|photo|picture|photograph|foto|bild|video|graphic|illustration|credit|copyright|source)s?\s*[:©]/i,
  /^(click|tap) here\b/i,
  /^(download|get) (the|our) [\p{L}\s]{0,30}\bapp\b/iu,
];

/** A social/share button row: nothing but network names and share verbs. */
const SHARE_WORD = /^(share|shares|shared|sharing|tweet|email|e-mail|mail|print|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|messenger|telegram|flipboard|copy|link|url|comment|comments|save|on|this|article|story|via|or|and|the|\d+)$/i;
const SHARE_CORE = /^(share|tweet|email|e-mail|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|messenger|telegram|flipboard)$/i;

/** Newsletter and app calls to action. */
const CALL_TO_ACTION = [
  /\bwant more stories like this\b/i,
  /^subscribe (to|now)\b/i,
  /\b(earn|receive|get) (an? )?(small )?(affiliate )?commission\b/i,
  /\b(contains?|uses?|using|through|via) (income[- ]earning )?(auto )?affiliate links?\b/i,
  /\b(delivered|straight|direct(ly)?) to your inbox\b/i,
  /\b(sign up|subscribe|register|join)\b.{0,80}\bnewsletters?\b/i,
  /\bnewsletters?\b.{0,80}\b(sign up|subscribe|inbox)\b/i,
  /(^|[.!?]\s+)follow (us|him|her|them|[\p{Lu}][\p{L}]+) on (twitter|facebook|instagram|linkedin|tiktok|youtube)\b/iu,
];

/** "Read more: <headline>" and its kin: a label and a colon or arrow, then a link to another story. */
const TEASER_LABEL = /^(read more|read next|related|related (stories|articles|content|coverage)|see also|also read|read also|more|watch|listen|don['’]?t miss|see more|also on [^:]{1,30}|must read|recommended|trending|more from [^:]{1,30}|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|leer más|lea también|leggi anche|veja também|leia também|بیشتر بخوانید|اقرأ أيضا|اقرأ أيضاً)\s*[:|»>›]/iu;

/** "Tags: …", "Topics …" followed by links to topic pages. */
const TAG_LIST = /^(tags?|topics?|filed under|categories|keywords|schlagworte|themen|etiquetas|mots-clés)\b/iu;
const MAX_TAG_LIST_WORDS = 80;

const MONTH = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?\b/iu;
const DATE_OR_TIME = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?|\b\d+\s+(minutes?|hours?|days?|weeks?)\s+ago\b/i;
const BYLINE = /^(by|written by|words by|von|par|por|di|door|av|af)\s+\p{Lu}/iu;
const READING_TIME = /\b\d+\s*(min|mins|minutes?)\.?\s+(read|reading)\b|\blesezeit\b|\btemps de lecture\b/i;

/** Lines about the article's authors that papers put after the text. */
const END_MATTER = [
  /^(write to|email|e-mail|contact|reach)\b.{0,100}\S+@\S+/i,
  /^(have a (news )?tip|got a (news )?tip)\b/i,
  /^(tags?|topics?|filed under|categories|category|keywords|schlagworte|themen|mots-clés|etiquetas)\s*:/iu,
  /^(©|copyright\b|\(c\)\s*\d{4})/i,
  /\ball rights reserved\b|\bsubject to copyright\b/i,
  /^about the author\b/i,
  /^(reporting|writing|editing|additional reporting|compiled|produced) by\b/i,
  /\bcontributed (reporting )?to this (report|story|article)\.?$/i,
];
/** "Jane Doe is a reporter for …": an author bio. */
const AUTHOR_BIO = /^(\p{Lu}[\p{L}'’.-]+\s){1,3}(is|was|has been|joined|covers)\b.{0,240}\b(reporter|writer|editor|correspondent|journalist|columnist|contributor|producer|author|freelancer|freelance)\b/u;

/** Share rows, ad labels, skip links, "Related" headings and other one-line furniture. */
export function isFurnitureLine(text: string): boolean {
  const words = wordCount(text, 40);
  if (words === 0 || words > 40) return false;
  if (FURNITURE_LINES.some((re) => re.test(text))) return true;
  if (words <= 25 && CALL_TO_ACTION.some((re) => re.test(text))) return true;
  return isShareRow(text);
}

/** Social networks and messengers, whose names are the same in every language. */
const NETWORK = /^(facebook|twitter|whatsapp|linkedin|pinterest|reddit|messenger|telegram|flipboard|tumblr|vk|xing|line|viber|weibo|wechat|instagram|youtube|tiktok|threads|bluesky|mastodon)$/i;
/** A row of buttons in another language: network names and a word or two ("Compartir", "Teilen"). */
const MAX_OTHER_SHARE_WORDS = 2;

function isShareRow(text: string): boolean {
  const words = text.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  if (!words.length || words.length > 12) return false;
  if (words.every((w) => SHARE_WORD.test(w)) && words.some((w) => SHARE_CORE.test(w))) return true;
  // Two network names or more, and little else: share buttons, whatever language labels them.
  if (endsLikeSentence(text)) return false;
  const networks = words.filter((w) => NETWORK.test(w)).length;
  return networks >= 2 && words.length - networks <= MAX_OTHER_SHARE_WORDS;
}

/** "Related stories", "Don't miss": the heading of a box of links to other stories. */
export function isRelatedLabel(text: string): boolean {
  return wordCount(text, 8) <= 8 && RELATED_LABELS.some((re) => re.test(text));
}

/**
 * A "Read more: …" line, a list of tags, or a line that is nothing but a link to another
 * page of the same site. Lines linking elsewhere are the article citing its sources, and stay.
 */
export function isTeaser(text: string, linkDensity: number, siteLinkDensity: number): boolean {
  const words = wordCount(text, MAX_TAG_LIST_WORDS);
  if (words === 0 || words > MAX_TAG_LIST_WORDS) return false;
  if (TAG_LIST.test(text) && linkDensity >= 0.5) return true;
  if (words > 40) return false;
  if (TEASER_LABEL.test(text) && (linkDensity >= 0.4 || words <= 20)) return true;
  return siteLinkDensity >= 0.9 && words <= 30;
}

/** A byline, dateline or reading-time line: article metadata set as a line of its own. */
export function isMetaLine(text: string): boolean {
  const words = wordCount(text, 24);
  if (words === 0 || words > 24) return false;
  if (READING_TIME.test(text)) return true;
  if (endsLikeSentence(text)) return false;
  if (BYLINE.test(text) && words <= 16) return true;
  return DATE_OR_TIME.test(text) || (MONTH.test(text) && /\d/.test(text));
}

/** Author bios, contact lines, tag lists and copyright notices. */
export function isEndMatter(text: string): boolean {
  const words = wordCount(text, 80);
  if (words === 0 || words > 80) return false;
  return END_MATTER.some((re) => re.test(text)) || AUTHOR_BIO.test(text);
}
