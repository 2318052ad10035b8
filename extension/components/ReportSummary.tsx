// The required sections (for reports only) and the Schedule 12A advice of one scan.
import {
  DOCUMENT_KIND_LABELS,
  SECTION_KEYS,
  SECTION_LABELS,
  SECTION_STATUS_LABELS,
  type ScanReport,
} from '../../shared/index.ts';

export function ReportSummary({ report }: { report: ScanReport }) {
  const { exempt } = report;
  return (
    <>
      <section aria-label="Required sections">
        <h3>Implications sections</h3>
        {report.documentKind === 'report' ? (
          <ul className="sections">
            {SECTION_KEYS.map((key) => (
              <li key={key} className={`section-${report.sections[key].status}`}>
                <strong>{SECTION_LABELS[key]}</strong>: {SECTION_STATUS_LABELS[report.sections[key].status]} —{' '}
                {report.sections[key].reason}
              </li>
            ))}
          </ul>
        ) : (
          // Only a report carries implications sections: an agenda, minutes or a news page is never told they are missing.
          <p className="sections-not-applicable">
            Sections do not apply to {DOCUMENT_KIND_LABELS[report.documentKind]}.
          </p>
        )}
      </section>
      <section aria-label="Exempt information advice">
        <h3>Schedule 12A advice ({exempt.jurisdiction === 'wales' ? 'Wales, Part 4' : 'England, Part 1'})</h3>
        <p>
          {exempt.jurisdictionReason} The paper is marked{' '}
          {exempt.classification === 'unknown' ? 'neither public nor exempt' : exempt.classification}
          {exempt.declaredParagraphs.length ? `, citing paragraph ${exempt.declaredParagraphs.join(', ')}` : ''}.
        </p>
        {exempt.suggested.length ? (
          <ul>
            {exempt.suggested.map((s) => (
              <li key={s.paragraph}>
                <strong>Paragraph {s.paragraph}</strong> ({s.description}): {s.reason}
              </li>
            ))}
          </ul>
        ) : (
          <p>Nothing in the paper points to exempt information.</p>
        )}
        {exempt.issues.map((issue) => (
          <p key={issue.rule} className={`issue severity-${issue.severity}`}>
            {issue.message}
          </p>
        ))}
      </section>
      {report.warnings.length ? (
        <section aria-label="Warnings">
          <h3>Warnings</h3>
          <ul>
            {report.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
