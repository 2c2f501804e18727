/**
 * What an element's class and id say about it. Sites name their furniture in fairly few
 * ways ("share-bar", "relatedStories", "ad_slot", "newsletter-signup"), so the names are
 * split into words and compared word by word: substring tests would also hit
 * "entry-content-read-more" or "shadow" (which contains "ad").
 */

/** Words that mark page furniture wherever they appear: never part of an article's text. */
const PAGE_FURNITURE = new Set([
  'ad', 'ads', 'adslot', 'adunit', 'advert', 'adverts', 'advertisement', 'advertising', 'dfp', 'gpt',
  'sponsor', 'sponsored', 'outbrain', 'taboola', 'promo', 'promos', 'promotion',
  'breadcrumb', 'breadcrumbs', 'skiplink', 'skiplinks', 'skip', 'ticker', 'breaking',
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'paywall',
  'newsletter', 'newsletters', 'signup', 'subscribe', 'subscription',
  'share', 'shares', 'sharing', 'sharebar', 'sharetools', 'sharethis', 'sharedaddy', 'socialshare',
  'related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'trending', 'mostread',
  'mostpopular', 'readmore', 'moreon', 'seealso', 'upnext', 'readnext',
]);

/** Two-word names of the same kind ("most-read", "read-more", "more-stories"). */
const PAGE_FURNITURE_PAIRS = new Set([
  'most read', 'most popular', 'most viewed', 'read more', 'more stories', 'more news', 'see also',
  'up next', 'read next', 'more on', 'you may', 'you might', 'sign up', 'skip to',
]);

/**
 * Words that mark furniture inside an article body: the byline block, dates, tags and
 * bios. Before Readability runs these must stay, because Readability reads the byline and
 * date from them.
 */
const ARTICLE_FURNITURE = new Set([
  'byline', 'bylines', 'dateline', 'timestamp', 'date', 'dates', 'pubdate', 'published',
  'author', 'authors', 'bio', 'tags', 'tag', 'taglist',
  'keywords', 'topics', 'credit', 'credits', 'copyright', 'print', 'email', 'comments', 'disclaimer',
  'disclosure', 'toolbar', 'tools', 'meta', 'metadata',
]);

const SPLIT = /[\s_-]+|(?<=[a-z])(?=[A-Z])/;

/**
 * Each set's words, and the longest word of each pair, as bare substrings: most names hold
 * none of them, and one search over the lower-cased name rules those out before it is split.
 */
function mentionOf(words: Iterable<string>): RegExp {
  return new RegExp([...words].join('|'));
}
const PAIR_WORDS = [...PAGE_FURNITURE_PAIRS].map((pair) => pair.split(' ').reduce((a, b) => (b.length > a.length ? b : a)));
const MENTIONS_PAGE_FURNITURE = mentionOf([...PAGE_FURNITURE, ...PAIR_WORDS]);
const MENTIONS_ARTICLE_FURNITURE = mentionOf([...PAGE_FURNITURE, ...ARTICLE_FURNITURE, ...PAIR_WORDS]);

function hintText(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function wordsOf(hint: string): string[] {
  return hint.split(SPLIT).filter(Boolean).map((w) => w.toLowerCase());
}

/** The lower-cased words of an element's class and id. */
export function hintWords(el: Element): string[] {
  return wordsOf(hintText(el));
}

/** Whether the element's class or id holds the word (lower case), as a word of its own. */
export function hasHintWord(el: Element, word: string): boolean {
  const hint = hintText(el);
  return hint.toLowerCase().includes(word) && wordsOf(hint).includes(word);
}

function hasPair(words: string[]): boolean {
  for (let i = 1; i < words.length; i++) if (PAGE_FURNITURE_PAIRS.has(`${words[i - 1]} ${words[i]}`)) return true;
  return false;
}

/**
 * A test of class-and-id text, asked of an element. A page repeats the same few class names
 * hundreds of times, so each distinct name is judged once per page rather than once per element.
 */
export function judgedByName(judge: (hint: string) => boolean): (el: Element) => boolean {
  const judged = new Map<string, boolean>();
  return (el) => {
    const id = el.getAttribute('id');
    const hint = id === null ? (el.getAttribute('class') ?? '') : hintText(el);
    let answer = judged.get(hint);
    if (answer === undefined) {
      // Bounded, for a content script that lives as long as its page.
      if (judged.size >= MAX_JUDGED_NAMES) judged.clear();
      answer = judge(hint);
      judged.set(hint, answer);
    }
    return answer;
  };
}
const MAX_JUDGED_NAMES = 10_000;

/**
 * A blog post's own element, as blog software marks it (hAtom's `hentry`, `h-entry`, WordPress's
 * `type-post`, TypePad's `entry-type-post`). The software adds the post's tags, categories,
 * author and format to the same class (`tag-share`, `category-promotions`, `entry-author-jane`):
 * those words name what the post is about, not what the element is, so they never make it
 * furniture.
 */
const POST_ENTRY = /(?:^|\s)(?:hentry|h-entry|type-post|entry-type-post)(?:\s|$)/i;

/** Named like furniture that never belongs to an article (ads, share bars, related boxes…). */
export const isNamedPageFurniture = judgedByName((hint) => {
  if (!MENTIONS_PAGE_FURNITURE.test(hint.toLowerCase()) || POST_ENTRY.test(hint)) return false;
  const words = wordsOf(hint);
  return words.some((w) => PAGE_FURNITURE.has(w)) || hasPair(words);
});

/** Named like furniture inside an article: the above plus bylines, dates, tags and bios. */
export const isNamedArticleFurniture = judgedByName((hint) => {
  if (!MENTIONS_ARTICLE_FURNITURE.test(hint.toLowerCase()) || POST_ENTRY.test(hint)) return false;
  const words = wordsOf(hint);
  return words.some((w) => PAGE_FURNITURE.has(w) || ARTICLE_FURNITURE.has(w)) || hasPair(words);
});
