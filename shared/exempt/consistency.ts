// Checks the paper's own exempt marking against its content and against the law of its nation:
// each rule returns the issues it finds, with a message an officer can act on.
import type { Jurisdiction } from '../model/finding.ts';
import type { ExemptIssue } from '../model/report.ts';
import type { PaperClassification } from './classification.ts';
import {
  counterpart,
  findParagraph,
  formatParagraphList,
  jurisdictionOfParagraph,
  schedulePart,
} from './schedule-12a.ts';

export interface ConsistencyInput {
  jurisdiction: Jurisdiction;
  paper: PaperClassification;
  /** Paragraphs Clearance suggests, in the paper's nation's numbering. */
  suggested: readonly number[];
  /** How many identifying details of private individuals were flagged. */
  identifying: number;
  /** The opening of the paper, where a notice's public interest sentence usually sits. */
  head: string;
}

/** A cited number in the paper's own nation's numbering (a Welsh paper citing 1 means 12). */
export function inNation(jurisdiction: Jurisdiction, n: number): number | undefined {
  if (findParagraph(jurisdiction, n)) return n;
  return jurisdictionOfParagraph(n) ? counterpart(n) : undefined;
}

const nationName = (j: Jurisdiction) => (j === 'wales' ? 'Wales' : 'England');
const partOf = (j: Jurisdiction) => schedulePart(j).part;
const describe = (j: Jurisdiction, n: number) => `paragraph ${n} ("${findParagraph(j, n)!.description}")`;

type Rule = (input: ConsistencyInput) => ExemptIssue[];

const publicButIdentifying: Rule = ({ paper, identifying, suggested }) => {
  if (!identifying || paper.classification === 'exempt') return [];
  const where = `move them to an exempt appendix (${formatParagraphList(suggested)}) or take them out`;
  return paper.classification === 'public'
    ? [
        {
          rule: 'public-but-identifying',
          severity: 'high',
          message: `The paper says it is public ("${paper.evidence}") but holds ${identifying} identifying detail(s) of private individuals: ${where}.`,
        },
      ]
    : [
        {
          rule: 'unmarked-but-identifying',
          severity: 'medium',
          message: `The paper does not say whether it is public or exempt, and holds ${identifying} identifying detail(s) of private individuals: ${where}.`,
        },
      ];
};

const citedNotSupported: Rule = ({ jurisdiction, paper, suggested }) => {
  const cited = [...new Set(paper.citations.flatMap((c) => c.paragraphs.map((n) => inNation(jurisdiction, n))))].filter(
    (n): n is number => n !== undefined,
  );
  return cited
    .filter((n) => !suggested.includes(n))
    .map((n) => ({
      rule: 'cited-paragraph-not-supported',
      severity: 'medium' as const,
      message: `The paper cites ${describe(jurisdiction, n)}, but Clearance found nothing in it that this paragraph covers. Check the citation: a paragraph must describe information the paper actually holds.`,
    }));
};

const suggestedNotCited: Rule = ({ jurisdiction, paper, suggested }) => {
  if (paper.classification !== 'exempt' || !paper.citations.length) return [];
  const cited = new Set(paper.citations.flatMap((c) => c.paragraphs.map((n) => inNation(jurisdiction, n))));
  const missing = suggested.filter((n) => !cited.has(n));
  return missing.length
    ? [
        {
          rule: 'suggested-paragraph-not-cited',
          severity: 'medium',
          message: `The exempt notice does not cite ${formatParagraphList(missing)}, though the paper holds information of that kind: ${missing.map((n) => describe(jurisdiction, n)).join('; ')}.`,
        },
      ]
    : [];
};

const wrongNation: Rule = ({ jurisdiction, paper }) => {
  const issues: ExemptIssue[] = [];
  for (const c of paper.citations) {
    const foreign = c.paragraphs.filter(
      (n) => jurisdictionOfParagraph(n) !== undefined && jurisdictionOfParagraph(n) !== jurisdiction,
    );
    const other: Jurisdiction = jurisdiction === 'wales' ? 'england' : 'wales';
    if (foreign.length) {
      issues.push({
        rule: jurisdiction === 'wales' ? 'english-paragraphs-in-welsh-paper' : 'welsh-paragraphs-in-english-paper',
        severity: 'high',
        message: `This is a paper for ${nationName(jurisdiction)}, but it cites ${formatParagraphList(foreign)}, which are ${nationName(other)}'s numbers (Part ${partOf(other)}). In ${nationName(jurisdiction)} cite ${formatParagraphList(foreign.map((n) => counterpart(n)!))} of Part ${partOf(jurisdiction)} of Schedule 12A.`,
      });
    }
    const welshAsPart1 = c.paragraphs.filter((n) => jurisdictionOfParagraph(n) === 'wales');
    if (c.part === 1 && welshAsPart1.length) {
      issues.push({
        rule: 'welsh-paragraphs-cited-as-part-1',
        severity: 'high',
        message: `The paper cites ${formatParagraphList(welshAsPart1)} "of Part 1", but paragraphs 12 to 18 are in Part 4 of Schedule 12A (Wales).`,
      });
    } else if (c.part !== undefined && c.part !== partOf(jurisdiction) && !foreign.length) {
      issues.push({
        rule: 'wrong-part-cited',
        severity: 'high',
        message: `The paper cites Part ${c.part} of Schedule 12A; exempt information for ${nationName(jurisdiction)} is in Part ${partOf(jurisdiction)}.`,
      });
    }
  }
  return issues;
};

const missingPublicInterestTest: Rule = ({ jurisdiction, paper, head }) => {
  const needsTest = paper.citations.some((c) =>
    c.paragraphs.some((n) => {
      const own = inNation(jurisdiction, n);
      return own !== undefined && findParagraph(jurisdiction, own)!.publicInterestTest;
    }),
  );
  const claimed = paper.citations.some((c) => c.publicInterest) || /\bpublic interest\b/i.test(head);
  if (!needsTest || claimed) return [];
  const test = schedulePart(jurisdiction).publicInterestTestParagraph;
  return [
    {
      rule: 'exempt-notice-without-public-interest-test',
      severity: 'medium',
      message: `The exempt notice cites Schedule 12A but does not state the public interest test (paragraph ${test}): information is exempt only while "the public interest in maintaining the exemption outweighs the public interest in disclosing the information". Say why.`,
    },
  ];
};

const publicInterestForWelsh16: Rule = ({ jurisdiction, paper }) => {
  if (jurisdiction !== 'wales') return [];
  const only16 = paper.citations.filter(
    (c) => c.publicInterest && c.paragraphs.length > 0 && c.paragraphs.every((n) => n === 16),
  );
  return only16.length
    ? [
        {
          rule: 'public-interest-test-for-welsh-paragraph-16',
          severity: 'medium',
          message:
            'The notice applies the public interest test to paragraph 16 (legal professional privilege). In Wales paragraph 21 applies the test only to paragraphs 12 to 15, 17 and 18: paragraph 16 information is exempt without it. Remove the public interest wording for paragraph 16.',
        },
      ]
    : [];
};

const exemptWithoutParagraph: Rule = ({ jurisdiction, paper }) =>
  paper.classification === 'exempt' && !paper.citations.length
    ? [
        {
          rule: 'exempt-without-paragraph',
          severity: 'medium',
          message: `The paper is marked exempt ("${paper.evidence}") but cites no paragraph of Schedule 12A. Section 100A(5) requires the description of the exempt information: cite the paragraph(s) of Part ${partOf(jurisdiction)}.`,
        },
      ]
    : [];

const RULES: Rule[] = [
  publicButIdentifying,
  citedNotSupported,
  suggestedNotCited,
  wrongNation,
  missingPublicInterestTest,
  publicInterestForWelsh16,
  exemptWithoutParagraph,
];

export const checkConsistency = (input: ConsistencyInput): ExemptIssue[] => RULES.flatMap((rule) => rule(input));
