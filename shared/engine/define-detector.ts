// A detector is a record of metadata plus one small function; the engine, the CLI and the faces read the record.
import type { Block } from '../model/document.ts';
import type { Disposition, FindingType, PersonRole, Severity, TraceStep } from '../model/finding.ts';
import type { ScanContext } from './context.ts';

/** What a detector proposes; the engine turns it into a Finding with offsets, location and metadata. */
export interface Candidate {
  /** Offsets within the block (block detectors) or the document text (document detectors). */
  start: number;
  end: number;
  /** This finding's own reason, where it says more than the detector's explanation. */
  message?: string;
  severity?: Severity;
  /** Defaults to `public` at severity info and `flag` above it. */
  disposition?: Disposition;
  /** For a review item: the question the engine could not answer. */
  question?: string;
  personId?: string;
  role?: PersonRole;
  /** The rules and cues that decided it; the engine adds the detector's own id first. */
  trace?: TraceStep[];
  suggestion?: string;
  /** Overrides the detector's type for this candidate (a house name found by the address detector is still an address). */
  type?: FindingType;
}

interface DetectorMeta {
  /** kebab-case, equal to the file name. */
  id: string;
  type: FindingType;
  severity: Severity;
  /** One sentence a legal reviewer would accept as the reason for flagging. */
  explanation: string;
  /** Schedule 12A paragraphs that withhold what this detector finds. */
  exemptParagraphs: { england: number[]; wales: number[] };
  /** Statute, guidance or format specification, where one exists. */
  source?: string;
}

export interface BlockDetector extends DetectorMeta {
  scope: 'block';
  detect(block: Block, context: ScanContext): Candidate[];
}

/** For the few detectors that need the whole document at once (one decision per person, counts tables). */
export interface DocumentDetector extends DetectorMeta {
  scope: 'document';
  detect(context: ScanContext): Candidate[];
}

export type Detector = BlockDetector | DocumentDetector;

export const defineDetector = <D extends Detector>(detector: D): D => detector;

/** Identifying details of an individual: Schedule 12A paragraphs 1 and 2 (Wales 12 and 13). */
export const PERSONAL_PARAGRAPHS = { england: [1, 2], wales: [12, 13] };
