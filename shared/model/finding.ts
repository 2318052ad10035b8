// A finding: one span of the document a reviewer should look at, with why and what to do.
import type { BlockKind } from './document.ts';

export const FINDING_TYPES = [
  'person',
  'address',
  'postcode',
  'phone',
  'email',
  'date-of-birth',
  'age',
  'identifier',
  'small-cohort',
  'place',
  'failed-redaction',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export const SEVERITIES = ['info', 'low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Jurisdiction = 'england' | 'wales';

export interface FindingLocation {
  blockId: string;
  /** What kind of text holds it: a tracked deletion, a comment or hidden text is invisible on the page but still in the file. */
  kind: BlockKind;
  /** Offsets within the block's text. */
  blockStart: number;
  blockEnd: number;
  part: string;
  page?: number;
  paragraph?: number;
  line?: number;
  property?: string;
}

export interface Finding {
  /** UTF-16 offsets into DocumentModel.text, end exclusive. */
  start: number;
  end: number;
  text: string;
  type: FindingType;
  severity: Severity;
  /** The id of the detector that raised it. */
  rule: string;
  /** Why, in words a legal reviewer accepts. */
  message: string;
  location: FindingLocation;
  exemptParagraphs: number[];
  /** Replacement text for redaction, where one fits. */
  suggestion?: string;
  /** 'review' where the engine cannot be sure (a count of 6 in a table, a first name that is also a word). */
  certainty: 'sure' | 'review';
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };
export const severityRank = (s: Severity): number => SEVERITY_RANK[s];
export const isFlag = (f: Pick<Finding, 'severity'>): boolean => f.severity !== 'info';
