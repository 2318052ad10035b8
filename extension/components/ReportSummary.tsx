// The required sections and the Schedule 12A advice of one scan.
import { SECTION_KEYS, type ScanReport } from '../../shared/index.ts';

const SECTION_NAMES: Record<(typeof SECTION_KEYS)[number], string> = {
  'corporate-parenting': 'Corporate parenting',
  equality: 'Equality',
  legal: 'Legal',
  financial: 'Financial',
};

export function ReportSummary({ report }: { report: ScanReport }) {
  const { exempt } = report;
  return (
    <>
      <section aria-label="Required sections">
        <h3>Implications sections</h3>
        <ul className="sections">
          {SECTION_KEYS.map((key) => (
            <li key={key} className={`section-${report.sections[key].status}`}>
              <strong>{SECTION_NAMES[key]}</strong>: {report.sections[key].status} — {report.sections[key].reason}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Exempt information advice">
        <h3>Schedule 12A advice ({exempt.jurisdiction === 'wales' ? 'Wales, Part 4' : 'England, Part 1'})</h3>
        <p>{exempt.jurisdictionReason} The paper is marked {exempt.classification === 'unknown' ? 'neither public nor exempt' : exempt.classification}
          {exempt.declaredParagraphs.length ? `, citing paragraph ${exempt.declaredParagraphs.join(', ')}` : ''}.</p>
        {exempt.suggested.length ? (
          <ul>{exempt.suggested.map((s) => <li key={s.paragraph}><strong>Paragraph {s.paragraph}</strong> ({s.description}): {s.reason}</li>)}</ul>
        ) : <p>Nothing in the paper points to exempt information.</p>}
        {exempt.issues.map((issue) => <p key={issue.rule} className={`issue severity-${issue.severity}`}>{issue.message}</p>)}
      </section>
      {report.warnings.length ? (
        <section aria-label="Warnings"><h3>Warnings</h3><ul>{report.warnings.map((w) => <li key={w}>{w}</li>)}</ul></section>
      ) : null}
    </>
  );
}
