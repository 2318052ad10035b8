// The readable report: what a council officer reads in a terminal, one paper at a time.
import {
  DISPOSITIONS,
  DISPOSITION_LABELS,
  DOCUMENT_KIND_LABELS,
  FINDING_TYPE_WORDS,
  ROLE_LABELS,
  SECTION_KEYS,
  SECTION_LABELS,
} from '../shared/index.ts';
import type { Disposition, ScanReport } from '../shared/index.ts';
import { explanationOf, groupFindings, type FindingGroup } from './group-findings.ts';
import type { FileOutcome } from './scan-file.ts';

export function formatOutcome(outcome: FileOutcome): string {
  return outcome.report
    ? formatReport(outcome.file, outcome.report)
    : `${outcome.file}: cannot scan: ${outcome.error}\n`;
}

export function formatReport(file: string, report: ScanReport): string {
  const lines: string[] = [`${file} (${DOCUMENT_KIND_LABELS[report.documentKind]})`, `  ${headline(report)}`];
  const groups = groupFindings(report.findings);
  for (const d of DISPOSITIONS) {
    if (!groups[d].length) continue;
    lines.push('', `  ${DISPOSITION_LABELS[d].heading} (${groups[d].length})`);
    for (const g of groups[d]) lines.push(`    ${groupLine(g)}`);
  }
  lines.push('', ...sectionLines(report));
  lines.push('', ...exemptLines(report));
  if (report.coverage.notRead.length) {
    lines.push('', '  Not checked');
    for (const p of report.coverage.notRead) lines.push(`    ${p.part}: ${p.reason}`);
  }
  for (const w of report.warnings) lines.push(`  warning: ${w}`);
  return `${lines.join('\n')}\n`;
}

/** The first line under the file name; it never reads as an all-clear for parts that were not read. */
export function headline(report: ScanReport): string {
  const count = (d: string): number => report.findings.filter((f) => f.disposition === d).length;
  const [flag, review, left] = [count('flag'), count('review'), count('public')];
  const { read, notRead } = report.coverage;
  const said = (d: Disposition): string => DISPOSITION_LABELS[d].heading.toLowerCase();
  const parts: string[] = [];
  if (flag) parts.push(`${flag} identifying detail(s) ${said('flag')} before publication`);
  if (review) parts.push(`${review} ${said('review')}`);
  if (!flag && !review) {
    parts.push(
      notRead.length
        ? `No identifying details found in the ${read.length} part(s) read; ${notRead.length} part(s) not checked: ${notRead.map((p) => `${p.part} (${p.reason})`).join('; ')}`
        : 'No identifying details found',
    );
  } else if (notRead.length) parts.push(`${notRead.length} part(s) not checked`);
  parts.push(`${left} public or non-identifying detail(s) ${said('public')}`);
  return `${parts.join('; ')}.`;
}

function groupLine(g: FindingGroup): string {
  const f = g.first;
  const texts = g.texts
    .slice(0, 3)
    .map((t) => `"${oneLine(t)}"`)
    .join(' / ');
  const who = f.role && f.type === 'person' ? `, ${ROLE_LABELS[f.role]}` : '';
  const places = g.indexes.length > 1 ? `${g.indexes.length} mentions: ${g.places.join(', ')}` : g.places[0];
  return `${FINDING_TYPE_WORDS[f.type].label.padEnd(14)} ${texts}${who} (${places})  ${explanationOf(g)}`;
}

export function sectionLines(report: ScanReport): string[] {
  if (report.documentKind !== 'report') {
    return [
      `  Required sections: do not apply: this paper reads as ${DOCUMENT_KIND_LABELS[report.documentKind]}, and only a report carries implications sections.`,
    ];
  }
  return [
    '  Required sections',
    ...SECTION_KEYS.map((key) => {
      const s = report.sections[key];
      return `    ${SECTION_LABELS[key].padEnd(20)} ${s.status.toUpperCase().padEnd(12)} ${s.reason}`;
    }),
  ];
}

function exemptLines(report: ScanReport): string[] {
  const exempt = report.exempt;
  const lines = [
    `  Exempt information (${exempt.jurisdiction === 'wales' ? 'Wales, Schedule 12A Part 4' : 'England, Schedule 12A Part 1'}: ${exempt.jurisdictionReason})`,
  ];
  const cited = exempt.declaredParagraphs.length ? `, citing paragraph(s) ${exempt.declaredParagraphs.join(', ')}` : '';
  lines.push(
    `    The paper marks itself ${exempt.classification === 'unknown' ? 'neither public nor exempt' : exempt.classification}${cited}.`,
  );
  if (exempt.suggested.length)
    for (const s of exempt.suggested) lines.push(`    paragraph ${s.paragraph}: ${s.description} ${s.reason}`);
  else lines.push('    No exempt paragraphs suggested.');
  for (const issue of exempt.issues) lines.push(`    ! ${issue.severity.toUpperCase()}: ${issue.message}`);
  return lines;
}

const oneLine = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);
