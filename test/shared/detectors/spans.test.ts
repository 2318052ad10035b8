// Every finding of the detectors other than names is a real span of the text, and none runs over a sentence end:
// redaction writes over exactly what was found, and never joins two sentences into one placeholder.
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../shared/detectors/index.ts';
import { withinOneSentence } from '../../../shared/engine/sentences.ts';
import { findingsOf } from '../../support/detector-harness.ts';

const detectors = DETECTORS.filter((d) => d.id !== 'person-name');

const texts = [
  'Tyler Brown, aged 13, attends Marshfield Academy. His mother lives at 27 Larkspur Close, Coldbrook KD7 3RW.',
  'She moved in February. His sister, aged 9, stayed with her aunt in Coedmawr. Call her on 07700 900417.',
  'Of the 11 care leavers we met, two had slept rough. Her complaint (CMP/2024/01187) was upheld.',
  'Child\tDOB\tCase ref\tAddress\nA. Bell\t2011-05-03\tXY-5521093\t4 The Paddocks, Elmwick\nB. Shaw\tJan 2014\t88120447\tIvy Cottage, Low Fell',
  'Group\tNumber of members (%)\nUnder 11\t31 (70%)\nTravellers\t4 (9%)',
  'Mae Elin yn 14 oed. Mae hi’n byw ym Mhenrhos gyda’i nain. Ganwyd hi ar 9 Tachwedd 2016. Mae tri phlentyn yn aros.',
  'He left care at eighteen. The club is for young people aged 16–25. Venue: Council Chamber, Guildhall, Eastbury EB1 2AA.',
  'Cyswllt: Rhodri Jones 01632 960774. Lleoliad: Siambr, Neuadd y Sir, Aberwen AW3 1PQ.',
];

describe('spans of every detector but names', () => {
  it.each(texts)('%s', (text) => {
    const found = findingsOf(detectors, text);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.start).toBeLessThan(f.end);
      expect(f.text).toBe(text.slice(f.start, f.end));
      expect(withinOneSentence(text, f.start, f.end)).toBe(true);
      expect(f.trace[0]!.rule).toBe(f.rule);
    }
  });
});
