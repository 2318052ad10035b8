import { describe, expect, it } from 'vitest';
import { endsSentence, sentenceAround, withinOneSentence } from '../../../shared/engine/sentences.ts';

const sentenceOf = (text: string, needle: string): string => {
  const at = text.indexOf(needle);
  const span = sentenceAround(text, at, at + needle.length);
  return text.slice(span.start, span.end);
};

describe('sentenceAround', () => {
  it.each([
    ['He met Mr. Jones. Then he left.', 'Jones', 'He met Mr. Jones.'],
    ['Cllr S.M. Allen spoke. The vote followed.', 'Allen', 'Cllr S.M. Allen spoke.'],
    ['Y Cynghorydd C.Ll. Everett a gadeiriodd. Diolchodd.', 'Everett', 'Y Cynghorydd C.Ll. Everett a gadeiriodd.'],
    ['See para. 5.1 for the costs. Nothing else.', 'costs', 'See para. 5.1 for the costs.'],
    ['Heading\nJayden moved in May. He is settled.', 'Jayden', 'Jayden moved in May.'],
    ['Is she safe? Yes, she is.', 'safe', 'Is she safe?'],
  ])('%j around %s is %j', (text, needle, sentence) => {
    expect(sentenceOf(text, needle)).toBe(sentence);
  });

  it('never reaches past a line break or its bound', () => {
    const long = `${'word '.repeat(200)}Amy ${'word '.repeat(200)}`;
    const span = sentenceAround(long, long.indexOf('Amy'));
    expect(span.end - span.start).toBeLessThanOrEqual(601);
  });
});

describe('a span within one sentence', () => {
  it('tells a place name from a span that runs into the next sentence', () => {
    const text = 'She attends Marshfield Academy. His mother agreed.';
    expect(withinOneSentence(text, text.indexOf('Marshfield'), text.indexOf('Academy') + 7)).toBe(true);
    expect(withinOneSentence(text, text.indexOf('Marshfield'), text.indexOf('His') + 3)).toBe(false);
    expect(endsSentence(text, text.indexOf('.'))).toBe(true);
  });
});
