// The clearance log: each decision with who and when, exported as CSV or JSON for the legal file.
import { Button, Text } from '@fluentui/react-components';
import { logToCsv, logToJson } from '../clearance/clearance-log.ts';
import type { Decision } from '../clearance/decisions.ts';

const ACTION_LABEL = { redacted: 'Redacted', 'kept-public': 'Kept as public', ignored: 'Ignored' } as const;

/** Saves text through a download link: the file is made in the pane and goes nowhere else. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}

export function LogPanel({ decisions, title }: { decisions: Decision[]; title: string }) {
  return (
    <>
      <h2>Clearance log</h2>
      {decisions.length === 0 ? (
        <Text as="p">No decisions yet.</Text>
      ) : (
        <table className="log">
          <caption className="visually-hidden">Decisions made on this document</caption>
          <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Decision</th><th scope="col">Text</th><th scope="col">Reason</th></tr></thead>
          <tbody>
            {decisions.map((d) => (
              <tr key={`${d.key}:${d.at}`}>
                <td>{new Date(d.at).toLocaleString('en-GB')}</td>
                <td>{d.by}</td>
                <td>{ACTION_LABEL[d.action]}{d.placeholder ? ` as ${d.placeholder}` : ''}</td>
                <td>{d.text}</td>
                <td>{d.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row">
        <Button disabled={!decisions.length} onClick={() => download('clearance-log.csv', 'text/csv', logToCsv(decisions))}>Export CSV</Button>
        <Button disabled={!decisions.length} onClick={() => download('clearance-log.json', 'application/json', logToJson(decisions, title))}>Export JSON</Button>
      </div>
    </>
  );
}
