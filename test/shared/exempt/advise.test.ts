// Exempt advice: which paragraphs a reviewer would cite, and where the paper's marking is wrong.
import { describe, expect, it } from 'vitest';
import { adviseExempt } from '../../../shared/exempt/advise.ts';
import { readText } from '../../../shared/readers/text.ts';
import { advise, ENGLISH_HEAD, findingOn, paragraphsOf, rulesOf, WELSH_HEAD } from './support.ts';

const PUBLIC = `${ENGLISH_HEAD}This report is Public\n\n`;

describe('suggested paragraphs', () => {
  it('suggests nothing for a paper with nothing to withhold', () => {
    expect(
      paragraphsOf(
        advise(
          `${PUBLIC}The highways programme of £18.7 million is funded from the Highways Maintenance Block. Brown & Mason Surfacing Ltd will deliver it.`,
        ),
      ),
    ).toEqual([]);
  });

  it('suggests 1 and 2 for identifying details, saying what was found without repeating it', () => {
    const paper = `${PUBLIC}Kayden Morris, aged 9, lives at 4 Elm Road.`;
    const advice = advise(paper, ['Kayden Morris', ['aged 9', 'age'], ['4 Elm Road', 'address']]);
    expect(paragraphsOf(advice)).toEqual([1, 2]);
    expect(advice.suggested[0]!.description).toBe('Information relating to any individual.');
    expect(advice.suggested[0]!.reason).toBe('The paper holds 1 name, 1 age and 1 address about private individuals.');
    expect(advice.suggested.map((s) => s.reason).join(' ')).not.toContain('Kayden');
  });

  it('uses the Welsh numbers in a Welsh paper', () => {
    const paper = `${WELSH_HEAD}Ffion Jones lives in Plas Derwen.`;
    expect(paragraphsOf(advise(paper, ['Ffion Jones']))).toEqual([12, 13]);
  });

  it('leaves out people the paper says agreed to be named, and only them', () => {
    const paper = `${PUBLIC}The campaign features two foster carers, Dave and Lorraine Hughes, who have agreed to be named and photographed. Kayden Morris is in care.`;
    expect(paragraphsOf(advise(paper, ['Dave and Lorraine Hughes']))).toEqual([]);
    expect(rulesOf(advise(paper, ['Dave and Lorraine Hughes']))).toEqual([]);
    expect(paragraphsOf(advise(paper, ['Dave and Lorraine Hughes', 'Kayden Morris']))).toEqual([1, 2]);
  });

  it('suggests nothing when every finding is public or left for review, whatever its severity', () => {
    const paper = `${PUBLIC}Mr Halloran, who receives allowances of £120 a week, spoke about the scheme. Jo Perry attended.`;
    const review = {
      ...findingOn(paper, 'Halloran'),
      disposition: 'review' as const,
      question: 'Is this a private individual?',
    };
    const publicName = { ...findingOn(paper, 'Jo Perry'), disposition: 'public' as const };
    const advice = adviseExempt(readText(paper), [review, publicName], {
      jurisdiction: 'england',
      jurisdictionReason: 'test',
    });
    expect(paragraphsOf(advice)).toEqual([]);
  });

  it('ignores public-role details (severity info)', () => {
    const paper = `${PUBLIC}Councillor Samuel Rose presented the report.`;
    expect(paragraphsOf(advise(paper, [], ['Samuel Rose']))).toEqual([]);
  });

  describe('paragraph 3: the financial affairs of a particular person', () => {
    it.each([
      [
        "a named carer's payments",
        'Mrs Whitfield cares for three brothers and receives £1,146 per week in allowances and fees.',
      ],
      [
        "one child's placement cost with a named provider",
        'That Cabinet approves the placement of Young Person D at Plas Derwen, operated by Seren Care Cymru Ltd, at £9,200 a week.',
      ],
      [
        "a care leaver's arrears",
        'One care leaver was summonsed for arrears of £1,312 before the revenues team knew of their care status.',
      ],
      [
        'a placement cost for initials, not split at the initials',
        'To approve expenditure of £6,850 per week for the placement of L.T. at Greystones Farm, a home operated by Pathway Care Ltd.',
      ],
    ])('suggests 3 for %s', (_, sentence) => {
      expect(paragraphsOf(advise(`${PUBLIC}${sentence}`))).toContain(3);
    });

    it.each([
      [
        'the placements budget in general',
        'The forecast pressure of £2.1 million is driven by private residential placements, where the average weekly cost has reached £6,480.',
      ],
      [
        'a leisure contract',
        "The extension reduces the Council's net cost by £60,000 a year and will cost the Trust £35,000 a year in lost income.",
      ],
      [
        'an ombudsman remedy with no person in the sentence',
        'The remedy payments totalling £1,800 have been met from the complaints budget.',
      ],
      [
        'litigation costs (paragraph 5 territory)',
        "The Council would be ordered to pay the Claimant's costs, estimated at £45,000.",
      ],
    ])('does not suggest 3 for %s', (_, sentence) => {
      expect(paragraphsOf(advise(`${PUBLIC}${sentence}`))).not.toContain(3);
    });

    it('does not treat a public-role name as the person whose money it is', () => {
      const paper = `${PUBLIC}Mr Shah, Strategic Finance Manager, confirmed the allowances of £95 a week.`;
      expect(paragraphsOf(advise(paper, [], ['Mr Shah']))).not.toContain(3);
    });

    it.each([
      [
        'a loan to named guardians',
        'To approve a loan of £42,000 to Mr and Mrs Okafor-Lind, special guardians to two grandchildren, to adapt their home.',
        ['Okafor-Lind'],
      ],
      [
        'an overpayment a named carer repays',
        'An overpayment of £1,940 arose. Mrs Tremlett has agreed to repay £40 a week from March.',
        ['Tremlett'],
      ],
      [
        'a redress payment to the family of a named child',
        'Ellis was left without short breaks for a year. It is proposed that the Council pays the family £7,000 as redress.',
        ['Ellis'],
      ],
      [
        'settlement of a named claimant’s claim',
        'Jordan Pike brought a claim about his time in care. Cabinet is asked to settle the claim for £60,000 plus the claimant’s costs.',
        ['Jordan Pike'],
      ],
    ])('suggests 3 for %s', (_, sentence, names) => {
      expect(paragraphsOf(advise(`${PUBLIC}${sentence}`, names))).toContain(3);
    });

    it.each([
      [
        'payments to ombudsman pseudonyms',
        'The payments to Mrs A and Mr B, totalling £3,100, were met from the complaints budget.',
      ],
      [
        'an anonymous complainant in a paper that identifies no one',
        'A compensation payment of £250 was made to the complainant to acknowledge the delay.',
      ],
    ])('does not suggest 3 for %s', (_, sentence) => {
      expect(paragraphsOf(advise(`${PUBLIC}${sentence}`))).not.toContain(3);
    });

    it('suggests 14 for a particular person’s money written in Welsh', () => {
      const paper = `${WELSH_HEAD}Mae Mrs Pritchard yn derbyn lwfansau o £410 yr wythnos am ofalu am ddau blentyn.`;
      expect(paragraphsOf(advise(paper, ['Pritchard']))).toEqual([12, 13, 14]);
      expect(paragraphsOf(advise(`${WELSH_HEAD}Roedd gan un gadawr gofal ôl-ddyledion o £980 i’r Cyngor.`))).toEqual([
        14,
      ]);
    });

    it('uses 14 in Wales', () => {
      expect(
        paragraphsOf(
          advise(
            `${WELSH_HEAD}Approve the placement of Young Person D, operated by Seren Care Cymru Ltd, at £9,200 a week.`,
          ),
        ),
      ).toEqual([14]);
    });
  });

  describe('paragraph 4: labour relations', () => {
    it('suggests 4 where the paper concerns negotiations with unions', () => {
      expect(
        paragraphsOf(
          advise(`${PUBLIC}Collective consultation with the trade unions on 40 proposed redundancies began on 1 May.`),
        ),
      ).toEqual([4]);
    });
    it('does not suggest 4 for one passing mention', () => {
      expect(paragraphsOf(advise(`${PUBLIC}The trade unions were informed of the new rota.`))).toEqual([]);
    });
  });

  describe('paragraph 5: legal professional privilege', () => {
    it.each([
      'The Council has received written advice from counsel, which is privileged.',
      'That Cabinet authorises the Director to settle the claim by consent.',
      'The prospects of success at a final hearing are poor.',
    ])('suggests 5 for "%s"', (sentence) => {
      expect(paragraphsOf(advise(`${PUBLIC}${sentence}`))).toEqual([5]);
    });

    it('does not suggest 5 for a legal implications sign-off', () => {
      expect(
        paragraphsOf(
          advise(
            `${PUBLIC}Legal Implications\n\nThe Council has power under section 1 of the Localism Act 2011. Legal advice: Anthony Mbeki, Deputy Monitoring Officer.`,
          ),
        ),
      ).toEqual([]);
    });

    it('uses 16 in Wales', () => {
      expect(paragraphsOf(advise(`${WELSH_HEAD}Counsel advises that the claim should be settled.`))).toEqual([16]);
    });
  });

  describe('paragraph 6: notices and orders the council proposes', () => {
    it('suggests 6 for a proposed order', () => {
      expect(
        paragraphsOf(
          advise(
            `${PUBLIC}Cabinet is recommended to authorise officers to make a compulsory purchase order for the land.`,
          ),
        ),
      ).toEqual([6]);
    });
    it('needs the proposal and the named order in the same sentence', () => {
      const paper = `${PUBLIC}Cabinet is recommended to note the report. A closure order was made last year.`;
      expect(paragraphsOf(advise(paper))).toEqual([]);
      expect(paragraphsOf(advise(`${PUBLIC}Cabinet is recommended to seek a closure order.`))).toEqual([6]);
    });
    it('does not suggest 6 for an order already made, or a duty to give notice', () => {
      expect(
        paragraphsOf(
          advise(`${PUBLIC}The liability order was withdrawn. The Council must also give public notice of the report.`),
        ),
      ).toEqual([]);
    });
  });

  describe('paragraph 7: crime', () => {
    it.each([
      'Police enquiries are continuing under crime reference CR/0045612/24.',
      'A 15-year-old girl was charged in February with possession of a bladed article.',
      'A 34-year-old man has been arrested and released on bail.',
    ])('suggests 7 for "%s"', (sentence) => {
      expect(paragraphsOf(advise(`${PUBLIC}${sentence}`))).toContain(7);
    });

    it.each([
      'Hope went missing three times and was found by police at the bus station.',
      'The plan supports the duties in Part 2 of the Police, Crime, Sentencing and Courts Act 2022.',
      'Neighbours say the home was the subject of three police call-outs in 2024.',
    ])('does not suggest 7 for "%s"', (sentence) => {
      expect(paragraphsOf(advise(`${PUBLIC}${sentence}`))).not.toContain(7);
    });

    it('reads the cue words in any case, and at the very start of a paragraph', () => {
      expect(paragraphsOf(advise(`${PUBLIC}THE TENANT WAS ARRESTED ON 3 MARCH.`))).toContain(7);
      expect(paragraphsOf(advise(`${PUBLIC}Arrested men have been charged.\n\nNothing else.`))).toContain(7);
    });

    it('counts weak crime cues only where the paper itself cites paragraph 7', () => {
      const cited = `${ENGLISH_HEAD}NOT FOR PUBLICATION\n\nBy virtue of paragraph 7 of Part 1 of Schedule 12A. The public interest in maintaining the exemption outweighs the public interest in disclosure.\n\nThe police have been asked to review the case.`;
      expect(paragraphsOf(advise(cited))).toEqual([7]);
      expect(paragraphsOf(advise(`${PUBLIC}The police have been asked to review the case.`))).toEqual([]);
    });
  });

  it("does not read the paper's own notice as content (its quoted descriptions are not evidence)", () => {
    const paper = `${ENGLISH_HEAD}NOT FOR PUBLICATION\n\nExempt under paragraph 5 of Part 1 of Schedule 12A (information in respect of which a claim to legal professional privilege could be maintained). The public interest in maintaining the exemption outweighs the public interest in disclosure.\n\nThe leisure contract is extended.`;
    expect(paragraphsOf(advise(paper))).toEqual([]);
  });

  it("accepts the paper's citation of 1 and 2 when it describes particular individuals the detectors missed", () => {
    const paper = `${ENGLISH_HEAD}NOT FOR PUBLICATION\n\nBy virtue of paragraphs 1 and 2 of Part 1 of Schedule 12A. The public interest in maintaining the exemption outweighs the public interest in disclosure.\n\nA girl aged 14 went missing twice.`;
    expect(paragraphsOf(advise(paper))).toEqual([1, 2]);
  });
});

describe("inconsistencies in the paper's own marking", () => {
  const NOTICE_PIT =
    'The public interest in maintaining the exemption outweighs the public interest in disclosing the information.';

  it('public-but-identifying: a public paper holding identifying details', () => {
    const paper = `${PUBLIC}Kayden Morris lives at 4 Elm Road.`;
    const advice = advise(paper, ['Kayden Morris']);
    expect(rulesOf(advice)).toEqual(['public-but-identifying']);
    expect(advice.issues[0]!.severity).toBe('high');
    expect(advice.issues[0]!.message).toContain('says it is public ("This report is Public")');
    expect(rulesOf(advise(`${PUBLIC}The programme is funded.`))).toEqual([]);
  });

  it('unmarked-but-identifying: no marking at all, with identifying details', () => {
    expect(rulesOf(advise(`${ENGLISH_HEAD}Kayden Morris lives here.`, ['Kayden Morris']))).toEqual([
      'unmarked-but-identifying',
    ]);
    expect(rulesOf(advise(`${ENGLISH_HEAD}The programme is funded.`))).toEqual([]);
  });

  it('cited-paragraph-not-supported: citing a paragraph the content does not support', () => {
    const paper = `${ENGLISH_HEAD}NOT FOR PUBLICATION\n\nBy virtue of paragraphs 1 and 3 of Part 1 of Schedule 12A. ${NOTICE_PIT}\n\nKayden Morris is settled.`;
    const advice = advise(paper, ['Kayden Morris']);
    expect(rulesOf(advice)).toEqual(['cited-paragraph-not-supported', 'suggested-paragraph-not-cited']);
    expect(advice.issues[0]!.message).toMatch(/^The paper cites paragraph 3 \("Information relating to the financial/);
  });

  it('suggested-paragraph-not-cited: an exempt paper that leaves out a paragraph its content needs', () => {
    const paper = `${ENGLISH_HEAD}NOT FOR PUBLICATION\n\nBy virtue of paragraph 5 of Part 1 of Schedule 12A. ${NOTICE_PIT}\n\nCounsel advises settling the claim brought by Kayden Morris.`;
    const advice = advise(paper, ['Kayden Morris']);
    expect(rulesOf(advice)).toEqual(['suggested-paragraph-not-cited']);
    expect(advice.issues[0]!.message).toMatch(/^The exempt notice does not cite paragraphs 1 and 2,/);
    const complete = paper.replace('paragraph 5 of', 'paragraphs 1, 2 and 5 of');
    expect(rulesOf(advise(complete, ['Kayden Morris']))).toEqual([]);
  });

  it('english-paragraphs-in-welsh-paper: English numbers in a Welsh paper, with the Welsh ones to use', () => {
    const paper = `${WELSH_HEAD}EXEMPT – NOT FOR PUBLICATION\n\nThis report contains exempt information as defined in paragraphs 1 and 2 of Part 1 of Schedule 12A. ${NOTICE_PIT}\n\nCai lives at Tŷ Gwyn.`;
    const advice = advise(paper, ['Cai']);
    expect(advice.declaredParagraphs).toEqual([1, 2]);
    expect(paragraphsOf(advice)).toEqual([12, 13]);
    expect(rulesOf(advice)).toEqual(['english-paragraphs-in-welsh-paper']);
    expect(advice.issues[0]!.message).toContain('In Wales cite paragraphs 12 and 13 of Part 4 of Schedule 12A.');
    expect(
      rulesOf(advise(paper.replace('paragraphs 1 and 2 of Part 1', 'paragraphs 12 and 13 of Part 4'), ['Cai'])),
    ).toEqual([]);
  });

  it('welsh-paragraphs-cited-as-part-1: Welsh numbers cited as Part 1', () => {
    const paper = `${WELSH_HEAD}NOT FOR PUBLICATION\n\nBy virtue of paragraph 18 of Part 1 of Schedule 12A. ${NOTICE_PIT}\n\nA man has been arrested.`;
    expect(rulesOf(advise(paper))).toEqual(['welsh-paragraphs-cited-as-part-1']);
    expect(rulesOf(advise(paper.replace('Part 1', 'Part 4')))).toEqual([]);
  });

  it('welsh-paragraphs-in-english-paper: Welsh numbers in an English paper', () => {
    const paper = `${ENGLISH_HEAD}NOT FOR PUBLICATION\n\nBy virtue of paragraph 18 of Part 4 of Schedule 12A. ${NOTICE_PIT}\n\nA man has been arrested.`;
    expect(rulesOf(advise(paper))).toEqual(['welsh-paragraphs-in-english-paper']);
  });

  it('exempt-notice-without-public-interest-test: a notice that never weighs the public interest', () => {
    const paper = `${ENGLISH_HEAD}NOT FOR PUBLICATION\n\nBy virtue of paragraph 7 of Part 1 of Schedule 12A.\n\nA man has been arrested.`;
    const advice = advise(paper);
    expect(rulesOf(advice)).toEqual(['exempt-notice-without-public-interest-test']);
    expect(advice.issues[0]!.message).toContain('(paragraph 10)');
    expect(rulesOf(advise(paper.replace('Schedule 12A.', `Schedule 12A. ${NOTICE_PIT}`)))).toEqual([]);
  });

  it('does not ask for a public interest test for Welsh paragraph 16 alone', () => {
    const paper = `${WELSH_HEAD}NOT FOR PUBLICATION\n\nBy virtue of paragraph 16 of Part 4 of Schedule 12A.\n\nCounsel advises settling the claim.`;
    expect(rulesOf(advise(paper))).toEqual([]);
  });

  it('public-interest-test-for-welsh-paragraph-16: claiming the test for Welsh paragraph 16', () => {
    const paper = `${WELSH_HEAD}NOT FOR PUBLICATION\n\nBy virtue of paragraph 16 of Part 4 of Schedule 12A. ${NOTICE_PIT}\n\nCounsel advises settling the claim.`;
    expect(rulesOf(advise(paper))).toEqual(['public-interest-test-for-welsh-paragraph-16']);
    const with14 = paper
      .replace('paragraph 16', 'paragraphs 14 and 16')
      .replace('Counsel advises', 'Counsel advises, for one care leaver owed arrears of £1,200,');
    expect(rulesOf(advise(with14))).not.toContain('public-interest-test-for-welsh-paragraph-16');
  });

  it('exempt-without-paragraph: marked exempt but citing no paragraph', () => {
    const paper = `${ENGLISH_HEAD}NOT FOR PUBLICATION\n\nCounsel advises settling the claim.`;
    expect(rulesOf(advise(paper))).toEqual(['exempt-without-paragraph']);
  });
});
