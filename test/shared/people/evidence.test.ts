// The people stage weighs a lone word the paper names no one by only when mayHaveOwnPrivateCue says a cue of
// its own may stand beside it: that quick test must never miss a cue the full evidence finds.
import { describe, expect, it } from 'vitest';
import { gatherEvidence, isOwnCueRule, mayHaveOwnPrivateCue } from '../../../shared/people/evidence.ts';
import { findNameMentions } from '../../../shared/people/mentions.ts';

const PROBES = [
  'Bramble, aged 9, lives with her grandmother.',
  'Her older brother, Kestrel, moved school in May.',
  'Kestrel (her cousin) and Sorrel (14) were placed together.',
  "Sorrel's social worker visited on Monday.",
  'Case study 2: Tansy attends a college in the city.',
  'Neighbouring residents: Wren Hallworth, Kestrel Fane',
  'The child, known as "Pip", currently lives with foster carers.',
  'Overview. Hampshire has three new schemes and Storm damage closed the road.',
  'Present: Councillor Bramble (Chair) and Mr Kestrel, Clerk to the Council.',
  'Mae Sorrel yn 14 oed ac yn byw gyda’i mam-gu.',
];

describe('mayHaveOwnPrivateCue', () => {
  it.each(PROBES)('finds every own cue the full evidence finds: %s', (text) => {
    const mentions = findNameMentions(text);
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) {
      const input = { text, mention, inContactDetails: () => false };
      const own = gatherEvidence(input).some((e) => isOwnCueRule(e.rule) && e.leaning === 'private');
      if (own) expect(mayHaveOwnPrivateCue(input)).toBe(true);
    }
  });

  it('says no for a word opening a sentence with nothing about a person beside it', () => {
    const text = 'Overview. Hampshire has three new schemes.';
    const [mention] = findNameMentions(text).filter((m) => m.words[0] === 'Hampshire');
    expect(mayHaveOwnPrivateCue({ text, mention: mention!, inContactDetails: () => false })).toBe(false);
  });

  it('says yes for a lone word given an age', () => {
    const text = 'Bramble, aged 9, lives with her grandmother.';
    const [mention] = findNameMentions(text);
    expect(mayHaveOwnPrivateCue({ text, mention: mention!, inContactDetails: () => false })).toBe(true);
  });
});
