// A short form asking for a reason or a comment before an action is taken; comments get several lines.
import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useId, useState } from 'react';

interface Props {
  label: string;
  submitLabel: string;
  multiline?: boolean;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}

export function ReasonForm({ label, submitLabel, multiline = false, onSubmit, onCancel }: Props) {
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const id = useId();
  return (
    <form
      aria-labelledby={id}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return setMissing(true);
        onSubmit(text.trim());
      }}
    >
      <Field label={{ children: label, id }} required validationMessage={missing ? 'Write a reason first.' : undefined}>
        {multiline ? (
          <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" autoFocus />
        ) : (
          <Input value={text} onChange={(_, d) => setText(d.value)} autoFocus />
        )}
      </Field>
      <div className="row">
        <Button type="submit" appearance="primary" size="small">
          {submitLabel}
        </Button>
        <Button type="button" size="small" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
