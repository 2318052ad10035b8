// The readable report: what a council officer reads in a terminal.
import { severityRank, type Finding, type Severity } from '../shared/index.ts';
import { SECTION_KEYS, type ScanReport } from '../shared/index.ts';

const SECTION_LABEL = {
  'corporate-parenting': 'Corporate parenting',
  equality: 'Equality (s.149)',
  legal: 'Legal',
  financial: 'Financial',
} as const;

export function formatReport(file: string, report: ScanReport): string {
  const lines: string[] = [];
  const flagged = report.findings.filter((f) => f.severity !== 'info');
  lines.push(`${file}`);
  lines.push(`  ${flagged.length ? `${flagged.length} identifying detail(s) to deal with before publication` : 'No identifying details found'}; ${report.findings.length - flagged.length} public-role detail(s) left alone.`);
  for (const severity of ['high', 'medium', 'low'] as Severity[]) {
    const group = flagged.filter((f) => f.severity === severity);
    if (!group.length) continue;
    lines.push('', `  ${severity.toUpperCase()} (${group.length})`);
    for (const f of group.sort(byTypeThenPosition)) lines.push(`    ${f.type.padEnd(16)} ${where(f).padEnd(12)} "${oneLine(f.text)}"  ${f.message}${f.suggestion ? ` → ${f.suggestion}` : ''}`);
  }
  lines.push('', '  Required sections');
  for (const key of SECTION_KEYS) {
    const s = report.sections[key];
    lines.push(`    ${SECTION_LABEL[key].padEnd(20)} ${s.status.toUpperCase().padEnd(12)} ${s.reason}`);
  }
  const exempt = report.exempt;
  lines.push('', `  Exempt information (${exempt.jurisdiction === 'wales' ? 'Wales, Schedule 12A Part 4' : 'England, Schedule 12A Part 1'}: ${exempt.jurisdictionReason})`);
  const cited = exempt.declaredParagraphs.length ? `, citing paragraph(s) ${exempt.declaredParagraphs.join(', ')}` : '';
  lines.push(`    The paper marks itself ${exempt.classification === 'unknown' ? 'neither public nor exempt' : exempt.classification}${cited}.`);
  if (exempt.suggested.length) for (const s of exempt.suggested) lines.push(`    paragraph ${s.paragraph}: ${s.description} ${s.reason}`);
  else lines.push('    No exempt paragraphs suggested.');
  for (const issue of exempt.issues) lines.push(`    ! ${issue.severity.toUpperCase()}: ${issue.message}`);
  for (const w of report.warnings) lines.push(`  warning: ${w}`);
  return `${lines.join('\n')}\n`;
}

const byTypeThenPosition = (a: Finding, b: Finding): number => a.type.localeCompare(b.type) || a.start - b.start || severityRank(b.severity) - severityRank(a.severity);

// Text a reader of the page does not see, named so the reviewer looks in the right place.
const HIDDEN_KIND: Partial<Record<Finding['location']['kind'], string>> = {
  'tracked-deletion': 'tracked deletion', 'tracked-insertion': 'tracked insertion', 'hidden-text': 'hidden text', comment: 'comment',
};

function where(f: Finding): string {
  const l = f.location;
  const hidden = HIDDEN_KIND[l.kind];
  const place = l.page !== undefined ? `page ${l.page}` : l.line !== undefined ? `line ${l.line}` : l.property ? `property ${l.property}` : l.part === 'body' ? `para ${(l.paragraph ?? 0) + 1}` : l.part;
  return hidden ? `${place}, ${hidden}` : place;
}

const oneLine = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text).replace(/\s+/g, ' ');
