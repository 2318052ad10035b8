// "Ready to publish?": the pre-publication check and what remains.
import { Text } from '@fluentui/react-components';
import type { Readiness } from '../clearance/readiness.ts';

export function ReadyPanel({ result }: { result: Readiness }) {
  return (
    <>
      <h2>Ready to publish?</h2>
      <Text as="p" weight="semibold">
        {result.ready ? 'Yes: nothing blocks publication.' : 'Not yet. Still to do:'}
      </Text>
      {!result.ready && (
        <ul>
          {result.remaining.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {result.unchecked.length > 0 && (
        <>
          <h3>Not checked on this version of Word</h3>
          <ul>
            {result.unchecked.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
