// Which council policy the scan uses and which clause pack the wording comes from, and choosing either from
// a JSON file; a file that does not pass the engine's parser is refused with the fields at fault, and the
// one in force before stays in force.
import { Button, Text } from '@fluentui/react-components';
import { useRef, useState, type RefObject } from 'react';
import type { PackChoice, PolicyChoice, PolicyStore } from '../clearance/policy-store.ts';

interface Props {
  choice: PolicyChoice;
  pack: PackChoice | undefined;
  store: PolicyStore;
  onChoose: (choice: PolicyChoice) => void;
  onChoosePack: (choice: PackChoice | undefined) => void;
}

/** "Cyngor Sir Dyffryn's clause pack, version 3": what the pane calls a pack. */
export const packName = ({ pack }: PackChoice): string =>
  `${pack.council ? `${pack.council}’s clause pack` : 'the council’s clause pack'}, version ${pack.packVersion}`;

/** A hidden file input, opened by its button. */
function JsonFileInput({
  label,
  input,
  onFile,
}: {
  label: string;
  input: RefObject<HTMLInputElement | null>;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={input}
      type="file"
      accept=".json,application/json"
      className="visually-hidden"
      tabIndex={-1}
      aria-label={label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}

function Refused({ what, kept, errors }: { what: string; kept: string; errors: string[] }) {
  return (
    <div role="alert" className="error">
      <p>
        That {what} was not used; {kept} stays in force:
      </p>
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}

export function PolicyPanel({ choice, pack, store, onChoose, onChoosePack }: Props) {
  const policyInput = useRef<HTMLInputElement>(null);
  const packInput = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [packErrors, setPackErrors] = useState<string[]>([]);
  const read = async (file: File) => {
    const outcome = store.choose(await file.text(), file.name);
    if (!outcome.ok) return setErrors(outcome.errors);
    setErrors([]);
    onChoose(outcome.choice);
  };
  const readPack = async (file: File) => {
    const outcome = store.choosePack(await file.text(), file.name);
    if (!outcome.ok) return setPackErrors(outcome.errors);
    setPackErrors([]);
    onChoosePack(outcome.choice);
  };
  const named = choice.policy.clausePack;
  return (
    <section className="policy" aria-label="Council policy">
      <Text as="p" size={200}>
        Policy in force: <strong>{choice.name}</strong>
        {choice.file ? ` (${choice.file})` : ''}
      </Text>
      <div className="row">
        <Button size="small" onClick={() => policyInput.current?.click()}>
          Choose policy file…
        </Button>
        {choice.file && (
          <Button size="small" onClick={() => (setErrors([]), onChoose(store.reset()))}>
            Use the default policy
          </Button>
        )}
        <JsonFileInput label="Council policy file (JSON)" input={policyInput} onFile={(file) => void read(file)} />
      </div>
      {errors.length > 0 && <Refused what="policy file" kept={choice.name} errors={errors} />}
      <Text as="p" size={200}>
        Wording from:{' '}
        {pack ? (
          <>
            <strong>{packName(pack)}</strong> ({pack.file}), then the built-in clauses
          </>
        ) : (
          <strong>the built-in clauses</strong>
        )}
      </Text>
      {named && !pack && (
        <Text as="p" size={200}>
          {`This policy names the clause pack “${named}”: choose that file to use the council’s own wording.`}
        </Text>
      )}
      <div className="row">
        <Button size="small" onClick={() => packInput.current?.click()}>
          Choose clause pack…
        </Button>
        {pack && (
          <Button size="small" onClick={() => (setPackErrors([]), store.resetPack(), onChoosePack(undefined))}>
            Use the built-in clauses only
          </Button>
        )}
        <JsonFileInput
          label="Council clause pack file (JSON)"
          input={packInput}
          onFile={(file) => void readPack(file)}
        />
      </div>
      {packErrors.length > 0 && (
        <Refused what="clause pack" kept={pack ? packName(pack) : 'the built-in wording'} errors={packErrors} />
      )}
    </section>
  );
}
