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

/**
 * What the engine decided about a finding: `flag` identifies someone (redact, or move it to an exempt
 * appendix); `review` the engine cannot tell and a reviewer decides; `public` is left alone, with the reason.
 */
export const DISPOSITIONS = ['flag', 'review', 'public'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** Who a person finding is about. `official` and `professional` are public in their role; the rest are private. */
export const PERSON_ROLES = [
  'child',
  'parent',
  'carer',
  'relative',
  'resident',
  'professional',
  'official',
  'unknown',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** One piece of evidence that decided a finding: the rule's id and the words that triggered it. */
export interface TraceStep {
  rule: string;
  /** The cue in the text ("foster carer", "Cllr", "aged 12"), where there is one. */
  cue?: string;
  /** Which way it pushed: towards a private individual or towards a public one. */
  leaning?: 'private' | 'public' | 'neutral';
}

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
  /** The engine's decision; review items carry the question the engine could not answer. */
  disposition: Disposition;
  /** For review items: what the reviewer must decide, as a question ("Is Sam Hill a private individual?"). */
  question?: string;
  /** Stable within one scan ("p3"): every mention of one person carries the same id, whatever its form. */
  personId?: string;
  role?: PersonRole;
  /** The rules and cues that decided this finding, in the order they were weighed. */
  trace: TraceStep[];
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };
export const severityRank = (s: Severity): number => SEVERITY_RANK[s];
export const isFlag = (f: Pick<Finding, 'disposition'>): boolean => f.disposition === 'flag';
