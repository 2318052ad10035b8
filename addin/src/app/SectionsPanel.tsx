// The required implications sections (for a report) and the exempt-information advice, with one-click
// wording for a gap.
import { Badge, Button, Text } from '@fluentui/react-components';
import { DOCUMENT_KIND_LABELS, SECTION_KEYS, type ScanReport, type SectionKey } from '../../../shared/index.ts';
import { sectionTitle } from '../clearance/readiness.ts';

export function SectionsPanel({ report, onInsert }: { report: ScanReport; onInsert: (key: SectionKey) => void }) {
  const { exempt } = report;
  return (
    <>
      <h2>Required sections</h2>
      {report.documentKind !== 'report' ? (
        <Text as="p">{`This reads as ${DOCUMENT_KIND_LABELS[report.documentKind]}, not a report, so implications sections are not required.`}</Text>
      ) : (
        <ul className="plain">
          {SECTION_KEYS.map((key) => {
            const s = report.sections[key];
            return (
              <li key={key} className="section-row">
                <Text weight="semibold">{sectionTitle(key)}</Text>{' '}
                <Badge appearance="tint" color={s.status === 'present' ? 'success' : 'danger'}>
                  {s.status}
                </Badge>
                <p>{s.reason}</p>
                {s.status !== 'present' && (
                  <Button size="small" onClick={() => onInsert(key)}>
                    Insert standard wording for {sectionTitle(key).toLowerCase()}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h2>Exempt information</h2>
      <p>{`Read as ${exempt.jurisdiction === 'wales' ? 'a Welsh' : 'an English'} paper: ${exempt.jurisdictionReason}`}</p>
      <p>
        Classification: {exempt.classification}
        {exempt.declaredParagraphs.length ? `, citing paragraph(s) ${exempt.declaredParagraphs.join(', ')}` : ''}.
      </p>
      {exempt.suggested.length > 0 && (
        <>
          <h3>Schedule 12A paragraphs that fit</h3>
          <ul>
            {exempt.suggested.map((s) => (
              <li key={s.paragraph}>{`Paragraph ${s.paragraph}: ${s.description} ${s.reason}`}</li>
            ))}
          </ul>
        </>
      )}
      {exempt.issues.length > 0 && (
        <>
          <h3>To put right</h3>
          <ul>
            {exempt.issues.map((i) => (
              <li key={i.rule}>{i.message}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
