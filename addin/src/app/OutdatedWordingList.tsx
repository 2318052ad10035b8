// Standard wording in the document that a newer clause version replaces, each with "Update to the
// current version": the stored values are reused, and only what the new version adds is asked for.
import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { ClauseUpdate, OutdatedWording } from '../clearance/outdated-wording.ts';

interface Props {
  items: readonly OutdatedWording[];
  onUpdate: (update: ClauseUpdate, given: Record<string, string>) => void;
}

export function OutdatedWordingList({ items, onUpdate }: Props) {
  if (!items.length) return null;
  return (
    <section aria-labelledby="outdated-wording">
      <h3 id="outdated-wording">Out-of-date standard wording</h3>
      <ul>
        {items.map((item) => (
          <li key={item.update?.tag ?? item.message}>
            <Text as="p">{item.message}</Text>
            {item.update && <UpdateForm update={item.update} onUpdate={onUpdate} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function UpdateForm({ update, onUpdate }: { update: ClauseUpdate; onUpdate: Props['onUpdate'] }) {
  const [given, setGiven] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const submit = () => {
    const blank = update.missing.filter((v) => !given[v.name]?.trim()).map((v) => v.label);
    if (blank.length) return setError(`Fill in: ${blank.join(', ')}.`);
    setError(undefined);
    onUpdate(update, given);
  };
  return (
    // noValidate: the form names what is missing itself, in the pane's words.
    <form noValidate onSubmit={(e) => (e.preventDefault(), submit())}>
      {update.missing.length > 0 && (
        <Text
          as="p"
          size={200}
        >{`Version ${update.to} needs ${update.missing.length === 1 ? 'a detail' : 'details'} the inserted wording did not have:`}</Text>
      )}
      {update.missing.map((v) => (
        <Field
          key={v.name}
          label={v.label}
          required
          hint={
            v.kind === 'date'
              ? 'As YYYY-MM-DD'
              : v.kind === 'paragraph-list'
                ? `Paragraph numbers, e.g. ${v.allowed?.slice(0, 2).join(', ')}`
                : undefined
          }
        >
          <Input value={given[v.name] ?? ''} onChange={(_, d) => setGiven({ ...given, [v.name]: d.value })} />
        </Field>
      ))}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <Button type="submit" appearance="primary">{`Update “${update.title}” to the current version`}</Button>
    </form>
  );
}
