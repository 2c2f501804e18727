/**
 * Names of people in the article: where each is mentioned, so that "Shamkhani" or
 * "Mr. Shamkhani" can be given as "Ali Shamkhani", and "he said" as the person last named.
 */
import { caseStem, cleanName, isInstitution, isNotName, type Name, nameKey, namesInRun } from './name-words';
import { NOT_BEFORE_SUBJECT, readRuns, type Run } from './name-runs';
import { type ReportedPronoun, reportedPronouns } from './reported-pronouns';
import { bareWord } from './cue-words';
import { unspacedWords } from './unspaced-attribution';
import type { Lexicon } from './speech-cues';

// Peoples and followers: Americans, Muslims, Democrats, Marxists.
const GROUP = /(?:icans|ians|lims|ists|crats)$/;

export interface NameMention extends Name {
  blockIndex: number;
  start: number;
  /** Inside quotation marks: a name the speaker says, not one the reporter writes. */
  quoted: boolean;
  /**
   * Heads the first phrase of its sentence that can be a subject (not after "in", "the"…),
   * most often the sentence's subject: "Clinton said she appreciated Sanders’ apology".
   */
  leadsSentence: boolean;
  /** Written as the subject of a speech verb: "Trump said", "said Trump", "according to Trump". */
  speaks: boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}’'-]*/gu;
// A headline is short and in title case: nearly every word capitalised.
const MAX_HEADLINE = 200;
const TITLE_CASE_SHARE = 0.8;

function isTitleCase(text: string): boolean {
  if (text.length > MAX_HEADLINE) return false;
  const words = text.match(WORD) ?? [];
  const capitalised = words.filter((w) => w[0] !== w[0]!.toLowerCase()).length;
  return words.length >= 4 && capitalised / words.length > TITLE_CASE_SHARE;
}

const LETTER = /[\p{L}\p{M}]/u;
// Adverbs and participles that open sentences: "Reluctantly,", "Chastened by the polls,".
const ADVERB = /(?:ally|ously|ively|edly|ingly|fully|ately|ently|antly|\p{L}{4}ed)$/u;
const LETTERS = /^[\p{L}\p{M}]+$/u;
const LETTER_RUN = /[\p{L}\p{M}]+/gu;
// Looking a word up scans the article; collecting all its words once costs about as much as
// 150 scans. A long article may open hundreds of sentences with words no list knows, so after
// this many scans the words are collected: never much more than the cheaper way would cost.
const SCANS_BEFORE_COLLECTING = 128;

/** Which words the article writes in lower case ("asked", for a sentence's "Asked"). */
class LowerCaseWords {
  private scans = 0;
  private words: Set<string> | null = null;
  private joined: string | null = null;

  /** The blocks' texts, joined only when a word is first looked up: many articles never ask. */
  constructor(private readonly texts: readonly string[]) {}

  private get text(): string {
    this.joined ??= this.texts.join('\n');
    return this.joined;
  }

  has(word: string): boolean {
    const lower = word.toLowerCase();
    if (lower === word) return false;
    const text = this.text;
    if (this.words === null && ++this.scans > SCANS_BEFORE_COLLECTING) {
      this.words = new Set(text.match(LETTER_RUN));
    }
    // The collected words are whole runs of letters; a word with an apostrophe or a hyphen is looked for.
    if (this.words !== null && LETTERS.test(lower)) return this.words.has(lower);
    for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
      if (!LETTER.test(text[i - 1] ?? '') && !LETTER.test(text[i + lower.length] ?? '')) return true;
    }
    return false;
  }
}

interface FullName {
  count: number;
  /** Times written as a sentence's subject or a speaker: in the nominative, where names inflect. */
  asSubject: number;
  order: number;
  size: number;
  keys: string[];
}

export class NameIndex {
  readonly mentions: NameMention[] = [];
  /** Each full name (two words or more), by the key of each of its words. */
  private readonly fullNames = new Map<string, Map<string, FullName>>();
  private order = 0;
  /** Last-name keys of everyone written as speaking somewhere in the article. */
  private readonly speakers = new Set<string>();
  /** Last-name keys written after "in": places, or organisations. */
  private readonly places = new Set<string>();
  private readonly texts: readonly string[];
  /** Evidence of gender by last name and by first name (key + space): up for "he" and "Mr.", down for "she" and "Mrs.". */
  private readonly genders = new Map<string, number>();

  /**
   * @param texts block texts in article order
   * @param isQuoted whether an offset of a block lies inside quotation marks
   * @param lex speech verbs, to tell who speaks in the article
   */
  constructor(
    texts: readonly string[],
    isQuoted: (blockIndex: number, offset: number) => boolean,
    private readonly lex: Lexicon,
  ) {
    this.texts = texts;
    const runs: Run[] = [];
    const capitalisedInside = new Set<string>();
    const openingCounts = new Map<string, number>();
    const pronouns = texts.map((text, blockIndex) => reportedPronouns(text, (offset) => isQuoted(blockIndex, offset)));
    for (let blockIndex = 0; blockIndex < texts.length; blockIndex++) {
      const text = texts[blockIndex]!;
      if (!isTitleCase(text)) readRuns(text, blockIndex, lex, runs, capitalisedInside, openingCounts, pronouns[blockIndex]!);
    }
    const lowerCase = new LowerCaseWords(texts);
    const writtenLowerCase = new Map<string, boolean>();
    // The mention leading the current sentence: whether it is a main clause's subject, and
    // whether an appositive follows it.
    let led = { blockIndex: -1, sentence: -1, mention: null as NameMention | null, clause: false, appositive: false };
    for (const run of runs) {
      let { text, index } = run;
      // "Asked about it, Trump…", "Reluctantly, Sanders…": a sentence's first word is
      // capitalised anyway; it is no name when the article also writes it in lower case, or
      // when it is an adverb or a participle.
      const first = /^\S+/.exec(text)![0];
      const key = nameKey(first);
      if (run.nounFirst) {
        text = text.slice(first.length + 1);
        index += first.length + 1;
      } else if (run.atSentenceStart && !isNotName(key) && !capitalisedInside.has(key)) {
        let common = writtenLowerCase.get(key);
        // A word standing alone that the article writes only here, opening a sentence, and
        // never inside one is no one's name ("Moments later, Rubio…", "Throughout his
        // remarks, Trump…"): a name comes back, or is written in full, or speaks ("Cruz said").
        if (common === undefined) {
          const alone = first.length === text.length && openingCounts.get(key) === 1 && !lex.verbs.has(run.nextVerb);
          common = ADVERB.test(first) || alone || lowerCase.has(first);
          writtenLowerCase.set(key, common);
        }
        if (common) {
          const rest = text.indexOf(' ');
          if (rest < 0) continue;
          text = text.slice(rest + 1);
          index += rest + 1;
        }
      }
      const names = namesInRun(text, this.lex);
      // "in seinem letzten Wort": where every noun is capitalised, one word after an article
      // or an inflected adjective is a noun, not a name.
      if (lex.capitalisesNouns && names.length === 1 && names[0]!.keys.length === 1 && INFLECTED.test(run.previousWord) && !lex.verbs.has(run.previousWord)) continue;
      for (let k = 0; k < names.length; k++) {
        const name = names[k]!;
        const start = index + name.index;
        const quoted = isQuoted(run.blockIndex, start);
        // A run's last name is its head: "Ohio Democratic Party Chairman David Pepper".
        const head = k === names.length - 1;
        const subjectLike = head && !quoted && !run.afterPronoun && !NOT_BEFORE_SUBJECT.has(run.previousWord);
        // The first subject-like name leads its sentence, unless a later one is the subject
        // of the main clause after an opening phrase ("Asked about Hillary Clinton, Christie
        // blamed…"), and the first is neither one an appositive follows ("Chris Covert, South
        // Carolina director for Sanders, said") nor written speaking ("Scott joked that, among
        // voters, Trump ranks fourth").
        const newSentence = led.blockIndex !== run.blockIndex || led.sentence !== run.sentence;
        const overrides = run.clauseSubject && !led.clause && !led.appositive && !led.mention?.speaks;
        const leadsSentence = subjectLike && (newSentence || overrides);
        if (leadsSentence && !newSentence && led.mention) led.mention.leadsSentence = false;
        // "who lives outside Minneapolis, says": a preposition's object is not the verb's subject.
        const speaks = head && ((lex.verbs.has(run.nextVerb) && !NOT_BEFORE_SUBJECT.has(run.previousWord)) || run.speechBefore);
        const mention = { text: name.text, keys: name.keys, blockIndex: run.blockIndex, start, quoted, leadsSentence, speaks };
        this.mentions.push(mention);
        if (leadsSentence) {
          led = { blockIndex: run.blockIndex, sentence: run.sentence, mention, clause: run.clauseSubject, appositive: run.commaAfter };
        }
        const last = name.keys[name.keys.length - 1]!;
        const title = HONORIFIC.exec(text.slice(0, name.index))?.[1]?.toLowerCase();
        if (title) this.vote(mention, title === 'mr' ? TITLE_WEIGHT : -TITLE_WEIGHT);
        if (speaks) this.speakers.add(last);
        if (names.length === 1 && run.locative) this.places.add(last);
        this.addFullName(name, leadsSentence || speaks);
      }
    }
    this.learnGenders(pronouns);
  }

  /** Votes for the gender of a mention's first name, when it has one, and of its last. */
  private vote(m: NameMention, weight: number): void {
    for (const key of m.keys.length > 1 ? [`${m.keys[0]} `, m.keys[m.keys.length - 1]!] : m.keys) {
      this.genders.set(key, (this.genders.get(key) ?? 0) + weight);
    }
  }

  /** The gender evidence for a mention: its first name's when known (Rakeyia Scott is not Keith Scott). */
  private genderOf(m: NameMention): number {
    const first = m.keys.length > 1 ? this.genders.get(`${m.keys[0]} `) : undefined;
    return first ?? this.genders.get(m.keys[m.keys.length - 1]!) ?? 0;
  }

  /**
   * Each "he", "his", "she", "her"… the reporter writes votes for the gender of the person
   * named last before it in its paragraph: usually right, and the votes of a whole article
   * outweigh the misses. Only used to keep "she said" from resolving to a man.
   */
  private learnGenders(pronouns: readonly (readonly ReportedPronoun[])[]): void {
    for (let blockIndex = 0; blockIndex < pronouns.length; blockIndex++) {
      for (const p of pronouns[blockIndex]!) {
        if (p.gender === 0) continue;
        const lo = this.indexBefore(blockIndex, p.index);
        for (let i = lo - 1; i >= Math.max(0, lo - GENDER_REACH); i--) {
          const mention = this.mentions[i]!;
          if (mention.blockIndex !== blockIndex) break;
          if (mention.quoted || !this.isPerson(mention)) continue;
          this.vote(mention, p.gender);
          break;
        }
      }
    }
  }

  /** How many mentions come before a position. */
  private indexBefore(blockIndex: number, offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.mentions[mid]!;
      if (m.blockIndex < blockIndex || (m.blockIndex === blockIndex && m.start < offset)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A name word's key without a case ending, so that Путина, Путину and Путин compare equal. */
  private stem(key: string): string {
    return caseStem(key, this.lex.caseEndings, MIN_STEM);
  }

  private addFullName(name: Name, asSubject: boolean): void {
    if (name.keys.length < 2) return;
    name = { ...name, keys: name.keys.map((k) => this.stem(k)) };
    for (const key of new Set(name.keys)) {
      let forms = this.fullNames.get(key);
      if (!forms) this.fullNames.set(key, (forms = new Map()));
      const seen = forms.get(name.text);
      if (seen) {
        seen.count++;
        if (asSubject) seen.asSubject++;
      } else {
        forms.set(name.text, { count: 1, asSubject: asSubject ? 1 : 0, order: this.order++, size: name.keys.length, keys: name.keys });
      }
    }
  }

  /**
   * The fullest form the article gives of a name: the most frequent full name containing
   * all its words (Shamkhani → Ali Shamkhani, Mrs. Clinton → Hillary Clinton), or the name
   * itself when the article never writes it out.
   */
  fullest(name: string): string {
    if (this.lex.script !== 'cased') return this.fullestUncased(name);
    const written = cleanName(name, this.lex);
    if (!written) return name;
    const cleaned = { ...written, keys: written.keys.map((k) => this.stem(k)) };
    const forms = this.fullNames.get(cleaned.keys[cleaned.keys.length - 1]!);
    let best: (FullName & { text: string; asWritten: boolean }) | null = null;
    // Of a name's inflected full forms, the one in the case it is written in here (its subject's, most often).
    const lastWritten = written.text.slice(written.text.lastIndexOf(' ') + 1);
    for (const [text, form] of forms ?? []) {
      if (!cleaned.keys.every((k) => form.keys.includes(k))) continue;
      const asWritten = text.endsWith(lastWritten);
      // Where names inflect, a form written as a subject is the nominative: "Майк Помпео", not "Майка Помпео".
      const nominative = this.lex.caseEndings.length > 0 && form.asSubject > 0;
      const bestNominative = best !== null && this.lex.caseEndings.length > 0 && best.asSubject > 0;
      const better =
        !best ||
        (nominative && !bestNominative) ||
        (nominative === bestNominative && asWritten && !best.asWritten) ||
        (nominative === bestNominative && asWritten === best.asWritten && form.count > best.count) ||
        (nominative === bestNominative &&
          asWritten === best.asWritten &&
          form.count === best.count &&
          (form.size > best.size || (form.size === best.size && form.order < best.order)));
      if (better) best = { text, ...form, asWritten };
    }
    return best && best.size >= cleaned.keys.length ? best.text : cleaned.text;
  }

  /**
   * The fullest name in a script without capitals, read from how the article writes the
   * name elsewhere: with a given name before it (ماكرون → إيمانويل ماكرون: a word before it
   * that is no title, description, verb or function word), or, without spaces, with more of
   * the name before a title (佐々木 → 佐々木隆, written 佐々木隆被告).
   */
  private fullestUncased(name: string): string {
    const counts = new Map<string, number>();
    // Read once for every place the name stands, not at each.
    const titles = unspacedWords(this.lex.titles);
    const breaks = unspacedWords(new Set([...this.lex.stops, ...this.lex.links]));
    for (const text of this.texts) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        const longer = this.lex.script === 'unspaced' ? this.longerBeforeTitle(text, i, name, titles, breaks) : this.givenNameBefore(text, i, name);
        if (longer) counts.set(longer, (counts.get(longer) ?? 0) + 1);
      }
    }
    let best = name;
    let bestCount = 0;
    for (const [form, count] of counts) if (count > bestCount) [best, bestCount] = [form, count];
    return best;
  }

  private givenNameBefore(text: string, at: number, name: string): string | null {
    const after = text[at + name.length];
    if (after !== undefined && WORD_LETTER.test(after)) return null;
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
    const word = before?.[1];
    if (!word || !WORD_LETTER.test(word[word.length - 1]!)) return null;
    const lex = this.lex;
    const token = { text: word, lower: word, start: 0, end: word.length, word: true };
    const known = [lex.titles, lex.stops, lex.adverbials, lex.pronouns, lex.complementizers].some((set) => set.has(word));
    if (known || lex.descriptor?.test(word) || lex.verbs.has(bareWord(token, lex)) || lex.phrases.has(bareWord(token, lex))) return null;
    return `${word} ${name}`;
  }

  /**
   * @param titles the lexicon's titles in the unspaced script
   * @param breaks its words that stand between a name and what follows it (在, の)
   */
  private longerBeforeTitle(text: string, at: number, name: string, titles: readonly string[], breaks: readonly string[]): string | null {
    // A name written in the Latin order with a separating dot: 约翰·哈特, マーク・ウィルソン.
    const given = GIVEN_NAME_BEFORE_DOT.exec(text.slice(Math.max(0, at - 7), at));
    if (given) return given[0] + name;
    const rest = text.slice(at + name.length, at + name.length + MAX_MORE_NAME + 4);
    // 林芳正官房長官: a title right after the name says it is whole.
    if (titles.some((t) => rest.startsWith(t))) return null;
    for (let more = 1; more <= MAX_MORE_NAME; more++) {
      const extra = rest.slice(0, more);
      if (!this.lex.nameChars?.test(extra) && !HAN_ONLY.test(extra)) return null;
      // 林剑在例行记者会上: what follows a name before a title may be an adverbial, not more of the name.
      if (breaks.some((w) => extra.includes(w))) return null;
      if (titles.some((t) => rest.startsWith(t, more))) return name + extra;
    }
    return null;
  }

  /** Whether names are read from capital letters: where they are not, the index holds only Latin-script words. */
  get readsCapitals(): boolean {
    return this.lex.script === 'cased';
  }

  /** Whether a mention can be a person: not a place, a group nor an organisation by its last word. */
  private isPerson(m: NameMention): boolean {
    const last = m.keys[m.keys.length - 1]!;
    return !this.places.has(last) && !isInstitution(last) && !GROUP.test(last);
  }

  /**
   * The antecedent of a pronoun written at a position, among names outside quotation
   * marks: the last one that speaks or leads its sentence, else the last one of someone who
   * speaks elsewhere, else the last name. "He" and "she" want a person, and not one the
   * article clearly refers to with the other pronoun; "it" wants an organisation; an empty
   * pronoun (a cue with no subject, "Adding, “…”") takes anyone.
   */
  antecedent(blockIndex: number, offset: number, pronoun: string): NameMention | null {
    const lo = this.indexBefore(blockIndex, offset);
    const lower = pronoun.toLowerCase();
    const gender = this.lex.genders.get(lower);
    const sign = gender === 1 || gender === -1 ? gender : GENDER_OF[lower];
    let speaker: NameMention | null = null;
    let anyone: NameMention | null = null;
    for (let i = lo - 1; i >= Math.max(0, lo - ANTECEDENT_REACH); i--) {
      const m = this.mentions[i]!;
      if (m.quoted) continue;
      const last = m.keys[m.keys.length - 1]!;
      if (sign !== undefined && (!this.isPerson(m) || this.genderOf(m) * sign <= -GENDER_EVIDENCE)) continue;
      if (sign === 0 && this.isPerson(m) && !ACRONYM.test(m.text)) continue;
      if (m.speaks || m.leadsSentence) return m;
      if (this.speakers.has(last)) speaker ??= m;
      anyone ??= m;
    }
    return speaker ?? anyone;
  }
}

// Words before a noun in a language that capitalises nouns: articles, possessives and adjectives end so.
const INFLECTED = /(?:e|en|em|er|es|ie|as)$/u;
// A stem keeps at least this many letters: "Ли" is no stem of "Лиза".
const MIN_STEM = 3;
const WORD_LETTER = /[\p{L}\p{M}]/u;
const GIVEN_NAME_BEFORE_DOT = /[\p{Script=Han}\p{Script=Katakana}ー]{1,6}[·・]$/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
// More characters of a name in an unspaced script: a given name of one to three characters.
const MAX_MORE_NAME = 3;

// How many mentions back a pronoun's antecedent is looked for: a few paragraphs' worth.
const ANTECEDENT_REACH = 60;
// Pronouns of a man (+1), a woman (-1) or a thing (0): "it said" is an organisation's.
const GENDER_OF: Record<string, number> = { he: 1, she: -1, it: 0, il: 1, elle: -1, er: 1, él: 1, ella: -1, lui: 1, lei: -1 };
const ACRONYM = /^\p{Lu}{2,5}$/u;
const HONORIFIC = /(?:^|\s)(Mr|Mrs|Ms|Miss)\.?\s+$/i;
// A title says more than a pronoun, which may refer to someone else.
const TITLE_WEIGHT = 3;
// How much contrary evidence rules a person out for "he" or "she".
const GENDER_EVIDENCE = 2;
// How many names back a pronoun's vote looks for its person.
const GENDER_REACH = 8;
