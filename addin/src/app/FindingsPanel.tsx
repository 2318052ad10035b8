// Findings grouped: identifying details by severity and type, then what hides outside the page.
import { Text } from '@fluentui/react-components';
import type { Finding } from '../../../shared/index.ts';
import { groupBySeverityAndType, splitHidden } from '../clearance/groups.ts';
import { typeLabel } from '../clearance/redaction-scope.ts';
import { FindingCard, type FindingHandlers } from './FindingCard.tsx';

export function FindingsPanel({ findings, handlers }: { findings: Finding[]; handlers: FindingHandlers }) {
  const { visible, hidden } = splitHidden(findings);
  if (!findings.length) return <Text as="p">No identifying details are left to review.</Text>;
  return (
    <>
      <h2>Identifying details</h2>
      {visible.length === 0 && <Text as="p">None in the text, headers, footers or notes.</Text>}
      {groupBySeverityAndType(visible).map((g) => (
        <section key={`${g.severity}:${g.type}`} aria-label={`${g.severity} severity: ${typeLabel(g.type)}`}>
          <h3>{`${g.severity[0]!.toUpperCase()}${g.severity.slice(1)} · ${typeLabel(g.type)} (${g.findings.length})`}</h3>
          <ul className="findings">{g.findings.map((f) => <FindingCard key={`${f.location.blockId}:${f.start}`} finding={f} handlers={handlers} />)}</ul>
        </section>
      ))}
      {hidden.length > 0 && (
        <section aria-label="Hidden content">
          <h2>Hidden content ({hidden.length})</h2>
          <Text as="p">In comments, tracked changes, hidden text or document properties: not on the page, but published with the file.</Text>
          <ul className="findings">{hidden.map((f) => <FindingCard key={`${f.location.blockId}:${f.start}`} finding={f} handlers={handlers} />)}</ul>
        </section>
      )}
    </>
  );
}
