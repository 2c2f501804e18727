/**
 * Who a description names: "the judge" is the person the article introduced as "Mr Justice
 * Colin Ashworth", "адвокат" the one written "адвокат Наталья Гуревич", "المدرب" the one
 * written "مدرب الهلال نونو كوستا". A description that holds a role word is matched to the
 * nearest earlier place where that role stands next to a name, before it or in apposition.
 */
import { tokenize, type Token } from './context';
import { isCapitalised, isPunct } from './cue-words';
import { caseStem, cleanName, isInstitution, isNotName, NAME_PARTICLES, nameKey } from './name-words';
import { clauseSubject, speakerStartingAt } from './noun-phrases';
import type { Lexicon } from './speech-cues';

// How far back an introduction is looked for, in blocks, and how far from its role word a name may stand.
const MAX_BLOCKS_BACK = 12;
const MAX_ROLE_TO_NAME = 6;
// How near each other the role words of a description must stand where it was introduced.
const ROLE_WINDOW = 3;
// A role's stem keeps at least this many letters (адвокат, адвоката).
const MIN_ROLE_STEM = 4;
// The Arabic article, and a hyphen's prefix (Bayern-Trainer): a role's key leaves them out.
const ARTICLE = /^(?:ال|لل)/u;
const CAPITAL = /^\p{Lu}/u;
const QUOTE_MARK_TOKEN = /^[«»„“”"‹›]$/u;
// An article elided onto the role: l'assessora, l’avocate.
const ELIDED = /^\p{L}{1,4}['’](?=\p{L})/u;

/** Where the description was written: its block, and its offset there. */
export interface Written {
  blockIndex: number;
  offset: number;
}

export class DescribedPeople {
  /** Each block's tokens, read when a description first looks into it. */
  private readonly tokens: Token[][] = [];

  constructor(
    private readonly texts: readonly string[],
    private readonly lex: Lexicon,
  ) {}

  private stem(word: string): string {
    let key = nameKey(word).replace(ARTICLE, '').replace(ELIDED, '');
    return caseStem(key.slice(key.lastIndexOf('-') + 1), this.lex.caseEndings, MIN_ROLE_STEM);
  }

  /**
   * The role words of a description, by their stems: "the city's chief judge" → judge,
   * chief. None for a name with its title ("Mr. King") or a relative ("my father").
   */
  private roles(description: string): Set<string> {
    const roles = new Set<string>();
    const words = description.split(/\s+/);
    // "Mr. King", "Dr. Major": a title before a capitalised word is a name, whatever the word.
    const named =
      (words.length === 2 && CAPITAL.test(words[1]!)) ||
      words.slice(1).some((w) => CAPITAL.test(w) && !isNotName(nameKey(w)) && !isInstitution(nameKey(w)));
    // "one senior official", "a spokesman": someone not named, not someone introduced.
    const first = words[0]!.toLowerCase();
    if (named || this.lex.possessives.has(first) || this.lex.indefinites.has(first)) return roles;
    for (const word of words) {
      const bare = word.replace(ARTICLE, '').replace(ELIDED, '').toLowerCase();
      if (this.lex.titles.has(word.toLowerCase()) || this.lex.titles.has(bare)) roles.add(this.stem(word));
    }
    return roles;
  }

  /** The name written next to the role word at token `i`, or null. */
  private nameAround(tokens: readonly Token[], i: number, text: string): string | null {
    // "адвокат Наталья Гуревич", "minister finansów Tomasz Wierzbicki", "مدرب الهلال نونو كوستا".
    let commas = 0;
    // A club or party named in quotation marks belongs to the role: "головний тренер «Динамо» Андрій Ворона".
    let quoted = false;
    for (let j = i + 1; j < tokens.length && j - i <= MAX_ROLE_TO_NAME + (quoted ? 2 : 0); j++) {
      const t = tokens[j]!;
      if (QUOTE_MARK_TOKEN.test(t.text)) {
        quoted = !quoted;
        continue;
      }
      if (quoted) continue;
      // "O relator da proposta, deputado Eduardo Vasconcelos": the role's complement, then an apposition.
      const next = tokens[j + 1];
      if (isPunct(t, ',') && commas++ === 0 && next?.word && !isCapitalised(next) && this.lex.titles.has(next.lower)) continue;
      if (!t.word || this.lex.stops.has(t.lower) || this.lex.verbs.has(t.lower)) break;
      // Between the role and the name only more of the title ("minister finansów", "secretary of
      // state") or, in a language whose modifiers follow the noun, its complement.
      const titled = this.lex.titles.has(t.lower) || this.lex.links.has(t.lower) || this.lex.caseEndings.length > 0 || this.lex.links.has(tokens[j - 1]!.lower);
      if (!isCapitalised(t) && !titled && this.lex.script === 'cased') break;
      if (this.lex.script === 'caseless') {
        const speaker = speakerStartingAt(tokens, i, text, this.lex);
        return speaker?.kind === 'name' ? speaker.text : null;
      }
      if (isCapitalised(t)) {
        let end = j;
        const continues = (k: number) =>
          tokens[k]?.word && (isCapitalised(tokens[k]!) || (NAME_PARTICLES.has(tokens[k]!.lower) && isCapitalised(tokens[k + 1] ?? tokens[k]!)));
        while (continues(end + 1)) end++;
        return cleanName(text.slice(t.start, tokens[end]!.end), this.lex)?.text ?? null;
      }
    }
    // "Colin Ashworth, the judge,": a name in apposition before it.
    if (tokens[i + 1] && !isPunct(tokens[i + 1], ',;.)')) return null;
    let j = i - 1;
    while (j >= 0 && tokens[j]!.word && !isCapitalised(tokens[j]!) && i - j <= 3) j--;
    if (j > 0 && isPunct(tokens[j], ',') && tokens[j - 1]?.word && isCapitalised(tokens[j - 1]!)) {
      let start = j - 1;
      while (start > 0 && tokens[start - 1]!.word && isCapitalised(tokens[start - 1]!)) start--;
      return cleanName(text.slice(tokens[start]!.start, tokens[j - 1]!.end), this.lex)?.text ?? null;
    }
    return null;
  }

  /**
   * Where names have no capitals, the person a pronoun refers to: the named subject of the
   * nearest sentence before it ("سارا احمدی، معاون بانک مرکزی، روز شنبه گفت … . او افزود: «…»").
   */
  lastSubject(at: Written): string | null {
    if (this.lex.script !== 'caseless') return null;
    for (let b = at.blockIndex; b >= 0 && at.blockIndex - b <= MAX_BLOCKS_BACK; b--) {
      const text = this.texts[b]!;
      const end = b === at.blockIndex ? at.offset : text.length;
      const tokens = (this.tokens[b] ??= tokenize(text, 0, text.length));
      // Sentence starts before `end`, nearest first.
      const starts = [0];
      tokens.forEach((t, k) => {
        if (t.start < end && isPunct(t, '.!?') && k + 1 < tokens.length) starts.push(k + 1);
      });
      for (let s = starts.length - 1; s >= 0; s--) {
        const from = starts[s]!;
        let to = from;
        while (to < tokens.length && tokens[to]!.start < end && !isPunct(tokens[to], '.!?')) to++;
        const subject = clauseSubject(tokens.slice(from, to), to - from, text, this.lex);
        if (subject?.kind === 'name') return subject.text;
      }
    }
    return null;
  }

  /** The name of the person a description refers to, as written where it was introduced, or null. */
  personOf(description: string, at: Written): string | null {
    const roles = this.roles(description);
    if (roles.size === 0) return null;
    for (let b = at.blockIndex; b >= 0 && at.blockIndex - b <= MAX_BLOCKS_BACK; b--) {
      const text = this.texts[b]!;
      // The description's own words count: the name may follow them ("головний тренер «Шахтаря» Андрій Ворона").
      const end = b === at.blockIndex ? at.offset + description.length : text.length;
      const tokens = (this.tokens[b] ??= tokenize(text, 0, text.length));
      for (let i = tokens.length - 1; i >= 0; i--) {
        const t = tokens[i]!;
        if (t.start >= end || !t.word || !roles.has(this.stem(t.text))) continue;
        // "Vice President Biden" is not "the president".
        const before = tokens[i - 1];
        if (before?.word && this.lex.titles.has(before.lower) && !roles.has(this.stem(before.text))) continue;
        // "the former president" is not "former governor Jeb Bush": every role word stands there.
        const near = new Set(tokens.slice(Math.max(0, i - ROLE_WINDOW), i + ROLE_WINDOW + 1).map((w) => this.stem(w.text)));
        if ([...roles].some((role) => !near.has(role))) continue;
        const name = this.nameAround(tokens, i, text);
        if (name) return name;
      }
    }
    return null;
  }
}
