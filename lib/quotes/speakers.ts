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

/** Speaker and cue of each candidate, in order; candidates are the quotations kept. */
export function resolveSpeakers(candidates: readonly Candidate[], names: NameIndex): Speech[] {
  const speeches: Speech[] = [];
  candidates.forEach((c, i) => {
    const s = c.attribution?.speaker ?? null;
    let speaker: string | null = null;
    if (s?.kind === 'name') {
      speaker = names.fullest(s.text);
    } else if (s?.kind === 'pronoun') {
      const person = names.antecedent(c.attribution!.blockIndex, s.offset);
      speaker = person ? names.fullest(person.text) : s.text;
    } else if (s?.kind === 'description') {
      speaker = s.text;
    } else if (!c.attribution && i > 0 && followsOn(candidates[i - 1]!, c)) {
      speaker = speeches[i - 1]!.speaker;
    }
    speeches.push({ speaker, cue: c.attribution?.cue ?? null });
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
