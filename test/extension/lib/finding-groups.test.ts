// The panel's groups over the real engine: one entry per person with every place, most serious first, counts in words.
import { describe, expect, it } from 'vitest';
import { countInWords, groupFindings } from '../../../extension/lib/finding-groups.ts';
import {
  DEFAULT_POLICY,
  DISPOSITIONS,
  FINDING_TYPE_WORDS,
  readText,
  scan,
  type Finding,
} from '../../../shared/index.ts';

const findingsOf = (text: string): Finding[] => scan(readText(text), DEFAULT_POLICY).findings;

describe('groupFindings', () => {
  const findings = findingsOf(
    [
      'The child, Kayden Marsh, moved to a new placement in May.',
      "Kayden Marsh now attends a new school, and Kayden Marsh's social worker visits weekly.",
      'Presented by Cllr Nadia Bright, Cabinet Member for Children.',
    ].join('\n'),
  );

  it("keeps the engine's three groups in the reviewer's order", () => {
    const order = groupFindings(findings).map((g) => g.disposition);
    expect(order).toEqual(DISPOSITIONS.filter((d) => order.includes(d)));
    expect(order).toContain('flag');
  });

  it('shows every mention of one person as one entry listing each place', () => {
    const flagged = groupFindings(findings).find((g) => g.disposition === 'flag')!;
    const child = flagged.entries.filter((e) => e.lead.type === 'person' && /Kayden/.test(e.lead.text));
    expect(child).toHaveLength(1);
    const mentions = findings.filter((f) => f.type === 'person' && /Kayden/.test(f.text) && f.disposition === 'flag');
    expect(child[0]!.mentions.map((m) => m.index)).toEqual(mentions.map((f) => findings.indexOf(f)));
    expect(child[0]!.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it('puts a councillor acting in role among the details left alone, apart from the child', () => {
    const leftAlone = groupFindings(findings).find((g) => g.disposition === 'public');
    expect(leftAlone?.entries.map((e) => e.lead.text)).toContainEqual(expect.stringContaining('Nadia Bright'));
  });

  it('joins the same detail written twice even without a person id', () => {
    const twice = findingsOf(
      "Call 07700 900456 about the foster placement. The foster carer's number is 07700 900456.",
    );
    const phones = groupFindings(twice)
      .flatMap((g) => g.entries)
      .filter((e) => e.lead.type === 'phone');
    expect(phones).toHaveLength(1);
    expect(phones[0]!.mentions).toHaveLength(2);
  });
});

describe('countInWords', () => {
  it("counts by type in the vocabulary's words, the largest count first", () => {
    const phone = findingsOf('The carer can be reached on 07700 900123.').find((f) => f.type === 'phone')!;
    const postcode = { ...phone, type: 'postcode' as const };
    expect(countInWords([postcode, phone, phone])).toBe(
      `2 ${FINDING_TYPE_WORDS.phone.plural}, 1 ${FINDING_TYPE_WORDS.postcode.label.toLowerCase()}`,
    );
  });
});
