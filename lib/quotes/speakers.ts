/**
 * Naming the speaker of each quotation: the fullest name the article gives, a pronoun
 * resolved to the person last named, a description as written ("the ministry"), and the
 * speaker of the quote before for a quotation that follows on without a cue of its own.
 */
import type { Candidate } from './candidates';
import type { DescribedPeople } from './described-person';
import type { NameIndex } from './names';

export interface Speech {
  speaker: string | null;
  cue: string | null;
}

interface Place {
  blockIndex: number;
  offset: number;
}

const before = (a: Place, b: Place): boolean =>
  a.blockIndex < b.blockIndex || (a.blockIndex === b.blockIndex && a.offset < b.offset);

type Described = Place & { text: string };

const AGE = /\d/;

/**
 * Speaker and cue of each candidate, in order. `kept` tells the quotations from scare
 * quotes, which pass no speaker on to the quotation after them.
 */
export function resolveSpeakers(
  candidates: readonly Candidate[],
  kept: readonly boolean[],
  names: NameIndex,
  people: DescribedPeople,
): Speech[] {
  const speeches: Speech[] = [];
  let described: Described | null = null;
  let previous = -1;
  // The person last named as a speaker: who a pronoun or a quotation standing alone refers
  // to where the article's names cannot be read from capitals (Arabic, Chinese).
  let lastNamed: string | null = null;
  candidates.forEach((c, i) => {
    const s = c.attribution?.speaker ?? null;
    const place: Place = { blockIndex: c.attribution?.blockIndex ?? 0, offset: s?.offset ?? 0 };
    let speaker: string | null = null;
    if (s?.kind === 'name') {
      speaker = names.fullest(s.text);
    } else if (s?.kind === 'pronoun') {
      speaker = pronounSpeaker(s.text, place, names, described, names.readsCapitals ? lastNamed : (people.lastSubject(place) ?? lastNamed));
    } else if (s?.kind === 'description') {
      // "der 22-Jährige", "the 24-year-old": an age describes the person the article was talking about.
      const aged = AGE.test(s.text) && names.readsCapitals ? names.antecedent(place.blockIndex, place.offset, '') : null;
      const person = aged?.text ?? people.personOf(s.text, place);
      speaker = person ? names.fullest(person) : s.text;
      described = { ...place, text: speaker };
    } else if (!c.attribution && previous >= 0 && followsOn(candidates[previous]!, c)) {
      speaker = speeches[previous]!.speaker;
    } else if (c.attribution || kept[i]) {
      // A cue with no subject of its own ("Adding, “…”", "Then, on CNN: “…”"), or a quotation
      // standing alone in its paragraph, continues with the person the article was talking about.
      const start = c.quotation.parts[0]!;
      const person = names.readsCapitals ? names.antecedent(start.blockIndex, start.span.start, '') : null;
      speaker = person ? names.fullest(person.text) : lastNamed;
    }
    speeches.push({ speaker, cue: c.attribution?.cue ?? null });
    if (kept[i] || speaker !== null) previous = i;
    if (s?.kind === 'name' || s?.kind === 'pronoun') lastNamed = speaker;
  });
  return speeches;
}

/**
 * Who "he", "she", "it" or "they" is: the person last named, or the speaker last described
 * when that description is more recent ("“…,” the newspaper said. … “…,” it added"). With
 * no one named before, the pronoun is all the article says, and it stays.
 */
function pronounSpeaker(
  pronoun: string,
  place: Place,
  names: NameIndex,
  described: Described | null,
  lastNamed: string | null,
): string {
  const person = names.readsCapitals ? names.antecedent(place.blockIndex, place.offset, pronoun) : null;
  const named: Place | null = person && { blockIndex: person.blockIndex, offset: person.start };
  if (described && before(described, place) && (!named || before(named, described))) return described.text;
  return person ? names.fullest(person.text) : (lastNamed ?? pronoun);
}

/**
 * A quotation with no cue that opens its sentence right after another quotation, in the
 * same or the next paragraph, continues that speaker ("“…,” she said. “…”").
 */
function followsOn(previous: Candidate, c: Candidate): boolean {
  const prevBlock = previous.quotation.parts[previous.quotation.parts.length - 1]!.blockIndex;
  const block = c.quotation.parts[0]!.blockIndex;
  return c.lead === '' && block - prevBlock <= 1;
}
