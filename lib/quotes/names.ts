/**
 * Names of people in the article: where each is mentioned, so that "Shamkhani" or
 * "Mr. Shamkhani" can be given as "Ali Shamkhani", and "he said" as the person last named.
 */

export interface Name {
  /** The name as written, titles and function words removed. */
  text: string;
  /** Comparison keys of its words: lower case, no diacritics, no possessive. */
  keys: string[];
}

export interface NameMention extends Name {
  blockIndex: number;
  start: number;
  /** Inside quotation marks: a name the speaker says, not one the reporter writes. */
  quoted: boolean;
  /** The first name the reporter writes in its sentence, most often the sentence's subject. */
  leadsSentence: boolean;
}

const PARTICLES = 'de|da|di|del|della|van|von|der|den|du|le|la|bin|ibn|al|el|dos|das|ter';
const NAME_WORD = `\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?`;
// Capitalised words in a row, allowing lower-case particles (Ursula von der Leyen) and initials.
const NAME_RUN = new RegExp(`${NAME_WORD}(?:[ \\u00a0](?:(?:${PARTICLES})[ \\u00a0])*${NAME_WORD})*`, 'gu');

// Capitalised words that are not part of a name: sentence-initial function words,
// honorifics, the descriptors reporters put before names, and the small words of
// title-case headlines ("… Between Marco Rubio And Rand Paul At The Debate").
const NOT_NAME = new Set(
  `the a an but and or so yet in on at for of to from with by as if when while after before because since although
   though this that these those he she it they we i you his her its their our my your there here then also still even
   now however meanwhile yes no not why what who how where according last next every each some many most both is are
   was were be has have had will would can could should might must do does did just than over into about against
   between through during without under up out off
   mr mrs ms miss mx dr sen senator rep representative gov governor president vice prime minister secretary judge
   justice gen general lt col sgt capt adm maj pope rev reverend father sister sheriff mayor chancellor king queen
   prince princess lord lady sir dame prof professor chairman chairwoman chief ambassador attorney speaker leader
   candidate nominee former republican republicans democrat democrats democratic gop u.s state sheikh ayatollah
   m mme mlle herr frau monsieur madame señor señora sr sra dott monday tuesday wednesday thursday friday saturday
   sunday january february march april june july august september october november december`.split(/\s+/),
);

/** The comparison key of one word of a name. */
export function nameKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/\.$/, '');
}

const POSSESSIVE = /['’]s?$/;

/**
 * The names in a capitalised run, with their offsets in it: the run is cut at titles and
 * function words ("Former Secretary of State John Kerry", "But Trump") and after a
 * possessive ("NBC’s Chuck Todd" → NBC, Chuck Todd).
 */
export function namesInRun(run: string): (Name & { index: number })[] {
  const names: (Name & { index: number })[] = [];
  let words: string[] = [];
  let index = 0;
  const flush = (): void => {
    const last = words.length - 1;
    if (last >= 0) {
      // A full stop after the last word ends the sentence unless it marks an initial.
      if (words[last]!.length > 2) words[last] = words[last]!.replace(/\.$/, '');
      words[last] = words[last]!.replace(POSSESSIVE, '');
      const keys = words.map(nameKey).filter((k) => k.length > 0);
      if (keys.length > 0) names.push({ text: words.join(' '), keys, index });
    }
    words = [];
  };
  for (const m of run.matchAll(/\S+/g)) {
    if (NOT_NAME.has(nameKey(m[0]))) {
      flush();
      continue;
    }
    if (words.length === 0) index = m.index;
    words.push(m[0]);
    if (POSSESSIVE.test(m[0]) && !/^\p{Lu}['’]/u.test(m[0])) flush();
  }
  flush();
  return names;
}

/** The name a capitalised run ends with (its head), or null when nothing name-like is left. */
export function cleanName(run: string): Name | null {
  const names = namesInRun(run);
  const head = names[names.length - 1];
  return head ? { text: head.text, keys: head.keys } : null;
}

// Where sentences end, roughly: enough to tell which name comes first in a sentence.
const SENTENCE_END = /[.!?]["”’)\]]*\s+/g;

interface FullName {
  count: number;
  order: number;
  size: number;
  keys: string[];
}

export class NameIndex {
  readonly mentions: NameMention[] = [];
  /** Each full name (two words or more), by the key of each of its words. */
  private readonly fullNames = new Map<string, Map<string, FullName>>();
  private order = 0;

  /**
   * @param texts block texts in article order
   * @param isQuoted whether an offset of a block lies inside quotation marks
   */
  constructor(texts: readonly string[], isQuoted: (blockIndex: number, offset: number) => boolean) {
    texts.forEach((text, blockIndex) => {
      const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
      let sentence = -1;
      let nextEnd = 0;
      let ledSentence = -1;
      for (const m of text.matchAll(NAME_RUN)) {
        for (const name of namesInRun(m[0])) {
          const start = m.index + name.index;
          while (nextEnd < ends.length && ends[nextEnd]! <= start) nextEnd++;
          sentence = nextEnd;
          const quoted = isQuoted(blockIndex, start);
          const leadsSentence = !quoted && ledSentence !== sentence;
          if (leadsSentence) ledSentence = sentence;
          this.mentions.push({ text: name.text, keys: name.keys, blockIndex, start, quoted, leadsSentence });
          this.addFullName(name);
        }
      }
    });
  }

  private addFullName(name: Name): void {
    if (name.keys.length < 2) return;
    for (const key of new Set(name.keys)) {
      let forms = this.fullNames.get(key);
      if (!forms) this.fullNames.set(key, (forms = new Map()));
      const seen = forms.get(name.text);
      if (seen) seen.count++;
      else forms.set(name.text, { count: 1, order: this.order++, size: name.keys.length, keys: name.keys });
    }
  }

  /**
   * The fullest form the article gives of a name: the most frequent full name containing
   * all its words (Shamkhani → Ali Shamkhani, Mrs. Clinton → Hillary Clinton), or the name
   * itself when the article never writes it out.
   */
  fullest(name: string): string {
    const cleaned = cleanName(name);
    if (!cleaned) return name;
    const forms = this.fullNames.get(cleaned.keys[cleaned.keys.length - 1]!);
    let best: (FullName & { text: string }) | null = null;
    for (const [text, form] of forms ?? []) {
      if (!cleaned.keys.every((k) => form.keys.includes(k))) continue;
      const better =
        !best ||
        form.count > best.count ||
        (form.count === best.count && (form.size > best.size || (form.size === best.size && form.order < best.order)));
      if (better) best = { text, ...form };
    }
    return best && best.size >= cleaned.keys.length ? best.text : cleaned.text;
  }
}

// How many mentions back a pronoun's antecedent is looked for: a few paragraphs' worth.
const ANTECEDENT_REACH = 60;

/**
 * The gender-naive antecedent of "he", "she" or "they" written at a position: the last
 * name outside quotation marks that leads its sentence (the subject, as in "Clinton said
 * she appreciated Sanders’ apology"), else the last name outside quotation marks.
 */
export function antecedent(mentions: readonly NameMention[], blockIndex: number, offset: number): NameMention | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid]!;
    if (m.blockIndex < blockIndex || (m.blockIndex === blockIndex && m.start < offset)) lo = mid + 1;
    else hi = mid;
  }
  let fallback: NameMention | null = null;
  for (let i = lo - 1; i >= Math.max(0, lo - ANTECEDENT_REACH); i--) {
    const m = mentions[i]!;
    if (m.quoted) continue;
    if (m.leadsSentence) return m;
    fallback ??= m;
  }
  return fallback;
}
