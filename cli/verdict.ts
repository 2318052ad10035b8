// What each file's outcome counts for, and the run's exit status and closing summary from those counts.
import { SECTION_KEYS } from '../shared/index.ts';
import type { ScanReport } from '../shared/index.ts';
import type { FileOutcome } from './scan-file.ts';

export const FAIL_ON = ['flag', 'review', 'section'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const DEFAULT_FAIL_ON: readonly FailOn[] = ['flag', 'section'];

/** closedPipe: the reader of the output went away, the status of any Unix tool killed by SIGPIPE. */
export const EXIT = { clear: 0, attention: 1, usage: 2, unread: 3, internal: 4, closedPipe: 141 } as const;

export interface FileTally {
  toDealWith: number;
  forDecision: number;
  leftAlone: number;
  /** Missing or placeholder implications sections; only a report has them. */
  sectionsToDealWith: number;
  unreadParts: number;
  failed: boolean;
}

export function tallyOf(outcome: FileOutcome): FileTally {
  const r = outcome.report;
  if (!r) return { toDealWith: 0, forDecision: 0, leftAlone: 0, sectionsToDealWith: 0, unreadParts: 0, failed: true };
  const count = (d: string): number => r.findings.filter((f) => f.disposition === d).length;
  return {
    toDealWith: count('flag'),
    forDecision: count('review'),
    leftAlone: count('public'),
    sectionsToDealWith: sectionsToDealWith(r).length,
    unreadParts: r.coverage.notRead.length,
    failed: false,
  };
}

/** The sections a report lacks or leaves as a placeholder; none for minutes, agendas and other kinds of paper. */
export function sectionsToDealWith(report: ScanReport): string[] {
  if (report.documentKind !== 'report') return [];
  return SECTION_KEYS.filter((k) => report.sections[k].status !== 'present');
}

export const needsAttention = (t: FileTally, failOn: readonly FailOn[]): boolean =>
  (failOn.includes('flag') && t.toDealWith > 0) ||
  (failOn.includes('review') && t.forDecision > 0) ||
  (failOn.includes('section') && t.sectionsToDealWith > 0);

/** The running totals of a scan, for the exit status and the summary. */
export class RunTotals {
  files = 0;
  scanned = 0;
  withSomethingToDealWith = 0;
  forDecision = 0;
  filesWithDecisions = 0;
  withUnreadParts = 0;
  failed = 0;

  constructor(private readonly failOn: readonly FailOn[]) {}

  add(t: FileTally): void {
    this.files++;
    if (t.failed) {
      this.failed++;
      return;
    }
    this.scanned++;
    if (needsAttention(t, this.failOn)) this.withSomethingToDealWith++;
    this.forDecision += t.forDecision;
    if (t.forDecision) this.filesWithDecisions++;
    if (t.unreadParts) this.withUnreadParts++;
  }

  /** 3 outranks 1: a result with something unread must not pass for a complete one. */
  exitStatus(allowUnread: boolean): number {
    if (!allowUnread && (this.failed || this.withUnreadParts)) return EXIT.unread;
    return this.withSomethingToDealWith ? EXIT.attention : EXIT.clear;
  }

  summary(ms: number): string[] {
    const n = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
    const lines = [
      `${n(this.files, 'file')} in ${(ms / 1000).toFixed(1)} s: ${this.scanned} scanned, ${this.failed} could not be scanned`,
    ];
    lines.push(`  ${n(this.withSomethingToDealWith, 'file')} with something to deal with`);
    const counted = this.failOn.includes('review')
      ? 'counted towards the exit status'
      : 'not counted towards the exit status: add --fail-on review to count them';
    lines.push(
      `  ${n(this.forDecision, 'item')} for your decision in ${n(this.filesWithDecisions, 'file')}${this.forDecision ? ` (${counted})` : ''}`,
    );
    lines.push(`  ${n(this.withUnreadParts, 'file')} with parts not read`);
    lines.push(`  ${n(this.failed, 'failure')}`);
    return lines;
  }
}
