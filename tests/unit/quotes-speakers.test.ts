import { describe, expect, it } from 'vitest';
import type { Block } from '../../lib/article-model';
import { findQuotes } from '../../lib/quotes/find-quotes';

function article(...texts: string[]): Block[] {
  return texts.map((text, i) => ({ id: `b${i}`, kind: 'paragraph', text }));
}

/** The speaker of each quote of an English article, one paragraph per text. */
function speakers(...texts: string[]): (string | null)[] {
  return findQuotes({ lang: 'en', blocks: article(...texts) }).map((q) => q.speaker);
}

describe('findQuotes: whom "he" and "she" stand for', () => {
  it('does not end a sentence at "Mr." or an initial', () => {
    // Read as a sentence of its own, "Mr. Tom Kane" would lead it and take the "he".
    expect(
      speakers('Bob Hale spoke after meeting Mr. Tom Kane on Monday.', '“We agreed on nothing at all,” he said.'),
    ).toEqual(['Bob Hale']);
    expect(
      speakers('Bob Hale spoke after meeting Tom R. Kane on Monday.', '“We agreed on nothing at all,” he said.'),
    ).toEqual(['Bob Hale']);
  });

  it('does not take a place after a preposition for the subject of the verb after it', () => {
    expect(
      speakers(
        'Bob Hale, who lives outside Springfield, says the plant must stay open.',
        '“Nobody here can afford to move,” he said.',
      ),
    ).toEqual(['Bob Hale']);
  });

  it('reads a title joined by "of" as part of the subject: "Secretary of State John Kerry said"', () => {
    expect(
      speakers(
        'Ann Lee chaired the meeting.',
        'Secretary of State Tom Kane said the talks would resume next week.',
        '“We remain open to talks,” he said.',
      ),
    ).toEqual(['Tom Kane']);
  });

  it('does not take a word opening a sentence for a name when the article never writes it again', () => {
    expect(
      speakers(
        'Tom Kane thanked the volunteers.',
        'Moments later Hale took the stage.',
        '“This city deserves better,” he said.',
      ),
    ).toEqual(['Hale']);
    // A surname named once, as the subject of a speech verb, is still a name.
    expect(speakers('Hale said the vote was rigged.', '“I saw it with my own eyes,” he said.')).toEqual(['Hale']);
  });

  it('reads a state after a place as governed by the same preposition: "in Springfield, Ill., Mr. Hale"', () => {
    expect(
      speakers(
        'Tom Kane was in Ohio on Friday.',
        'The day before, at a rally in Springfield, Ill., Bob Hale, the mayor, was just as blunt about taxes.',
        '“You would have to be insane,” he said.',
      ),
    ).toEqual(['Bob Hale']);
  });

  it('does not read the noun after a possessive as its verb: "Bob Hale’s remarks"', () => {
    expect(
      speakers('Tom Kane dismissed Bob Hale’s remarks as nonsense.', '“Nobody believes a word of it,” he said.'),
    ).toEqual(['Tom Kane']);
  });

  it('does not let a name lead a sentence whose subject is a pronoun before it', () => {
    expect(
      speakers(
        'Tom Kane arrived late.',
        'When he took the stage after Bob Hale spoke, the crowd cheered.',
        '“I never expected this many people,” he said.',
      ),
    ).toEqual(['Tom Kane']);
  });

  it('takes the subject of the main clause after an opening phrase, not a name inside the phrase', () => {
    expect(
      speakers(
        'Asked whether Bob Hale would run again, Tom Kane shrugged.',
        '“I have never met the man,” he said.',
      ),
    ).toEqual(['Tom Kane']);
    // A name in an appositive is no main clause's subject, before its verb or after it.
    expect(
      speakers(
        'Tom Kane, Springfield director for the campaign, said the office would open soon.',
        '“We are ready for the vote,” he said.',
      ),
    ).toEqual(['Tom Kane']);
    expect(
      speakers('Tom Kane took his daughter, Chloe, there on Sunday.', '“I wanted her to see it,” he said.'),
    ).toEqual(['Tom Kane']);
    // Nor is the subject of a clause that a speech verb introduces.
    expect(
      speakers('Tom Kane joked that, among voters, Bob Hale ranks fourth.', '“I like my chances,” he said.'),
    ).toEqual(['Tom Kane']);
  });
});

describe('findQuotes: speakers around a cue', () => {
  it('reads a speech verb after a possessive or "a Twitter" as a noun: "a Twitter comment of her own, saying"', () => {
    expect(
      speakers('Ann Lee posted a Twitter comment of her own, saying, “We are thrilled to welcome a new baby!”'),
    ).toEqual(['Ann Lee']);
    expect(speakers('Ann Lee shared Tom Kane’s post on her page: “I will not run again this year.”')).toEqual([
      'Ann Lee',
    ]);
  });

  it('does not give a participle’s speech to a preposition’s object: "in a letter to Acme explaining"', () => {
    expect(
      speakers('Tom Kane wrote in a letter to Acme explaining, “We cannot keep the plant open any longer.”'),
    ).toEqual(['Tom Kane']);
    // The noun a participle follows speaks: "with protesters chanting".
    expect(speakers('Crowds gathered with many marchers chanting “We will not be moved today.”')).toEqual([
      'many marchers',
    ]);
  });

  it('gives a quotation standing alone in its paragraph the person the article was talking about', () => {
    expect(
      speakers('Ann Lee is upbeat about the vote.', '“Nothing can stop us now, not even the weather in November.”'),
    ).toEqual(['Ann Lee']);
  });
});
