// One finding: its text, where it is, why it was flagged and what to do, with the actions on it.
// Document text is rendered as React text only, never as HTML.
import { Badge, Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../../shared/index.ts';
import { placeholderFor, typeLabel, type RedactionScope } from '../clearance/redaction-scope.ts';
import { ReasonForm } from './ReasonForm.tsx';

export interface FindingHandlers {
  goTo: (f: Finding) => void;
  redact: (f: Finding, scope: RedactionScope) => void;
  decide: (f: Finding, action: 'kept-public' | 'ignored', reason: string) => void;
  comment?: (f: Finding, text: string) => void;
}

const PART_LABEL: Record<string, string> = {
  body: 'Text', header: 'Header', footer: 'Footer', footnotes: 'Footnote', endnotes: 'Endnote', comments: 'Comment',
  'tracked-changes': 'Tracked change', 'hidden-text': 'Hidden text', properties: 'Document property',
};

export function where(f: Finding): string {
  const part = PART_LABEL[f.location.part] ?? f.location.part;
  if (f.location.property) return `${part}: ${f.location.property}`;
  return f.location.paragraph !== undefined && f.location.part === 'body' ? `${part}, paragraph ${f.location.paragraph + 1}` : part;
}

type Open = 'none' | 'keep' | 'ignore' | 'comment';

export function FindingCard({ finding, handlers }: { finding: Finding; handlers: FindingHandlers }) {
  const [open, setOpen] = useState<Open>('none');
  const quoted = `“${finding.text}”`;
  const placeholder = placeholderFor(finding);
  const isPerson = finding.type === 'person' && /\d\]$/.test(finding.suggestion ?? '');
  return (
    <li className="finding">
      <Text as="p" weight="semibold" className="finding-text">{quoted}</Text>
      <div className="meta">
        <Badge appearance="tint" color={finding.severity === 'high' ? 'danger' : finding.severity === 'medium' ? 'warning' : 'informative'}>{finding.severity}</Badge>{' '}
        <span>{where(finding)}</span>
        {finding.disposition === 'review' && <span> · needs review</span>}
      </div>
      <p><strong>Why:</strong> {finding.message}</p>
      <p><strong>What to do:</strong> {finding.severity === 'info' ? 'Nothing: this is public.' : `Replace it with ${placeholder}, or move it to an exempt appendix.`}</p>
      <div className="row" role="group" aria-label={`Actions on ${quoted}`}>
        <Button size="small" onClick={() => handlers.goTo(finding)} aria-label={`Go to: ${quoted}`}>Go to</Button>
        {finding.severity !== 'info' && (
          <>
            <Button size="small" appearance="primary" onClick={() => handlers.redact(finding, 'one')} aria-label={`Redact: ${quoted}`}>Redact</Button>
            {isPerson && <Button size="small" onClick={() => handlers.redact(finding, 'person')}>Redact every mention as {placeholder}</Button>}
            <Button size="small" onClick={() => handlers.redact(finding, 'type')}>Redact all: {typeLabel(finding.type).toLowerCase()}</Button>
          </>
        )}
        <Button size="small" onClick={() => setOpen('keep')} aria-label={`Keep as public: ${quoted}`}>Keep as public</Button>
        <Button size="small" onClick={() => setOpen('ignore')} aria-label={`Ignore: ${quoted}`}>Ignore</Button>
        {handlers.comment && <Button size="small" onClick={() => setOpen('comment')} aria-label={`Comment: ${quoted}`}>Comment</Button>}
      </div>
      {open === 'keep' && <ReasonForm label="Why is this public?" submitLabel="Keep as public" onCancel={() => setOpen('none')} onSubmit={(r) => (setOpen('none'), handlers.decide(finding, 'kept-public', r))} />}
      {open === 'ignore' && <ReasonForm label="Why ignore this?" submitLabel="Ignore" onCancel={() => setOpen('none')} onSubmit={(r) => (setOpen('none'), handlers.decide(finding, 'ignored', r))} />}
      {open === 'comment' && handlers.comment && <ReasonForm label="Comment for the author" submitLabel="Add comment" onCancel={() => setOpen('none')} onSubmit={(t) => (setOpen('none'), handlers.comment!(finding, t))} />}
    </li>
  );
}
