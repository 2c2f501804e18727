/**
 * Naming the speaker of each quotation: the fullest name the article gives, a pronoun
 * resolved to the person last named, and the speaker of the quote before for a quotation
 * that follows on without a cue of its own.
 */
import type { Candidate } from './candidates';
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

/**
 * Speaker and cue of each candidate, in order. A pronoun refers to the person last named,
 * or to the speaker last described ("“…,” the newspaper said. … “…,” it added") when that
 * description comes after the name. `kept` tells the quotations from scare quotes, which
 * pass no speaker on.
 */
export function resolveSpeakers(candidates: readonly Candidate[], kept: readonly boolean[], names: NameIndex): Speech[] {
  const speeches: Speech[] = [];
  let described: (Place & { text: string }) | null = null;
  let previous = -1;
  candidates.forEach((c, i) => {
    const s = c.attribution?.speaker ?? null;
    const place: Place = { blockIndex: c.attribution?.blockIndex ?? 0, offset: s?.offset ?? 0 };
    let speaker: string | null = null;
    if (s?.kind === 'name') {
      speaker = names.fullest(s.text);
    } else if (s?.kind === 'pronoun') {
      const person = names.antecedent(place.blockIndex, place.offset, s.text);
      if (described && before(described, place) && (!person || before({ blockIndex: person.blockIndex, offset: person.start }, described))) speaker = described.text;
      else speaker = person ? names.fullest(person.text) : s.text;
    } else if (s?.kind === 'description') {
      speaker = s.text;
      described = { ...place, text: s.text };
    } else if (!c.attribution && previous >= 0 && followsOn(candidates[previous]!, c)) {
      speaker = speeches[previous]!.speaker;
    } else if (c.attribution) {
      // A cue with no subject of its own ("Adding, “…”", "Then, on CNN: “…”") continues
      // with the person the article was talking about.
      const start = c.quotation.parts[0]!;
      const person = names.antecedent(start.blockIndex, start.span.start, '');
      speaker = person ? names.fullest(person.text) : null;
    }
    speeches.push({ speaker, cue: c.attribution?.cue ?? null });
    if (kept[i] || speaker !== null) previous = i;
  });
  return speeches;
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
