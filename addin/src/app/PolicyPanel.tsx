// Which council policy the scan uses, and choosing one from a JSON file; a file that does not pass the
// engine's policy parser is refused with the fields at fault.
import { Button, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { PolicyChoice, PolicyStore } from '../clearance/policy-store.ts';

interface Props {
  choice: PolicyChoice;
  store: PolicyStore;
  onChoose: (choice: PolicyChoice) => void;
}

export function PolicyPanel({ choice, store, onChoose }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const read = async (file: File) => {
    const outcome = store.choose(await file.text(), file.name);
    if (!outcome.ok) return setErrors(outcome.errors);
    setErrors([]);
    onChoose(outcome.choice);
  };
  return (
    <section className="policy" aria-label="Council policy">
      <Text as="p" size={200}>
        Policy in force: <strong>{choice.name}</strong>
        {choice.file ? ` (${choice.file})` : ''}
      </Text>
      <div className="row">
        <Button size="small" onClick={() => input.current?.click()}>
          Choose policy file…
        </Button>
        {choice.file && (
          <Button size="small" onClick={() => (setErrors([]), onChoose(store.reset()))}>
            Use the default policy
          </Button>
        )}
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Council policy file (JSON)"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void read(file);
          }}
        />
      </div>
      {errors.length > 0 && (
        <div role="alert" className="error">
          <p>That policy file was not used:</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
