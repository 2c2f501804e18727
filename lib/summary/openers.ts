/**
 * Sentences that lean on the one before them: they open with a pronoun ("He said…"), a
 * demonstrative ("This means…") or a connective ("But…", "That's why…"). Shown alone in
 * a summary they mislead, so the summariser takes one only together with the sentence
 * before it. The lists are per language; in a language without one nothing is excluded.
 */

const DANGLING_OPENERS: Record<string, string[]> = {
  en: [
    'he', 'she', 'they', 'it', 'its', 'his', 'her', 'their', 'them', 'him', 'this', 'that', 'these',
    'those', 'such', 'both', 'but', 'however', 'also', 'and', 'or', 'so', 'yet', 'still', 'instead',
    'meanwhile', 'moreover', 'furthermore', 'besides', 'nevertheless', 'nonetheless', 'therefore',
    'thus', 'hence', 'otherwise', 'then', 'the latter', 'the former', 'that’s why', "that's why",
    'in addition', 'as a result', 'on the other hand', 'even so', 'despite this', 'because of this',
    'for example', 'for instance', 'in fact', 'indeed', 'after all', 'similarly', 'likewise',
  ],
  de: [
    // Not "das" or "die": they are also the definite article that opens most sentences.
    'er', 'sie', 'es', 'ihr', 'ihre', 'sein', 'seine', 'dies', 'diese', 'dieser', 'dieses',
    'dabei', 'damit', 'dadurch', 'dafür', 'dazu', 'daher', 'deshalb', 'deswegen', 'darum', 'dann',
    'aber', 'doch', 'jedoch', 'allerdings', 'trotzdem', 'außerdem', 'auch', 'zudem', 'und', 'oder',
  ],
  fr: [
    'il', 'elle', 'ils', 'elles', 'cela', 'ceci', 'ça', 'celui-ci', 'celle-ci', 'mais',
    'cependant', 'pourtant', 'toutefois', 'aussi', 'donc', 'ainsi', 'alors', 'puis', 'et', 'ou',
    'en outre', 'de plus', "c'est pourquoi", 'c’est pourquoi',
  ],
  es: [
    'él', 'ella', 'ellos', 'ellas', 'esto', 'eso', 'este', 'esta', 'estos', 'estas', 'pero',
    'sin embargo', 'además', 'también', 'por eso', 'por lo tanto', 'así', 'entonces', 'y', 'o',
  ],
  it: [
    'lui', 'lei', 'loro', 'esso', 'essa', 'questo', 'questa', 'ciò', 'ma', 'però', 'tuttavia',
    'inoltre', 'anche', 'quindi', 'dunque', 'così', 'poi', 'e', 'o',
  ],
  pt: [
    'ele', 'ela', 'eles', 'elas', 'isso', 'isto', 'este', 'esta', 'mas', 'porém', 'contudo',
    // Not "o": it is also the masculine article.
    'entretanto', 'além disso', 'também', 'por isso', 'portanto', 'assim', 'então', 'e', 'ou',
  ],
  nl: [
    // Not "het": it is also the neuter article.
    'hij', 'zij', 'ze', 'dit', 'dat', 'deze', 'die', 'maar', 'echter', 'toch', 'ook',
    'daarom', 'daardoor', 'bovendien', 'dan', 'en', 'of',
  ],
};

/** By language tag as given, since every sentence of an article asks with the same tag. */
const OPENER_PATTERNS = new Map<string, RegExp | null>();

function openerPattern(lang: string): RegExp | null {
  let pattern = OPENER_PATTERNS.get(lang);
  if (pattern === undefined) {
    const openers = DANGLING_OPENERS[lang.toLowerCase().split(/[-_]/)[0] ?? ''];
    pattern = openers ? openersPattern(openers) : null;
    OPENER_PATTERNS.set(lang, pattern);
  }
  return pattern;
}

function openersPattern(openers: readonly string[]): RegExp {
  const escaped = openers.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  // Longest first, so "that's why" wins over "that"; a word boundary must follow.
  escaped.sort((a, b) => b.length - a.length);
  return new RegExp(`^[\\s"'“‘«(—–-]*(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Whether `sentence` cannot stand alone because it opens by pointing back. */
export function opensDangling(sentence: string, lang: string): boolean {
  return openerPattern(lang)?.test(sentence) ?? false;
}
