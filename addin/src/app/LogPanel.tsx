// The clearance log of this session: what was done, by whom and when, exported as CSV or JSON for the
// legal file. It holds the original text, so it stays out of the document and is saved as a file.
import { Button, Text } from '@fluentui/react-components';
import { LOG_ACTIONS, logToCsv, logToJson, type LogEntry } from '../clearance/clearance-log.ts';

/** Saves text through a download link: the file is made in the pane and goes nowhere else. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}

interface Props {
  entries: readonly LogEntry[];
  /** Decisions stored in the document (keys only) from this and earlier sessions. */
  stored: number;
  title: string;
  now: () => Date;
}

export function LogPanel({ entries, stored, title, now }: Props) {
  return (
    <>
      <h2>Clearance log</h2>
      <Text as="p" size={200}>
        The log holds the text of what was found, so it is not kept in the document: export it before closing the pane
        and file it with the exempt papers.
        {stored > 0 && ` The document keeps ${stored} decision(s) as keys only, without the text.`}
      </Text>
      {entries.length === 0 ? (
        <Text as="p">Nothing done yet this session.</Text>
      ) : (
        <table className="log">
          <caption className="visually-hidden">What was done to this document this session</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Text</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.at}:${i}`}>
                <td data-label="When">{new Date(e.at).toLocaleString('en-GB')}</td>
                <td data-label="Who">{e.by}</td>
                <td data-label="What">
                  {LOG_ACTIONS[e.action]}
                  {e.placeholder ? ` as ${e.placeholder}` : ''}
                </td>
                <td data-label="Text">
                  {e.text}
                  {e.place ? ` (${e.place})` : ''}
                </td>
                <td data-label="Details">{e.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row">
        <Button disabled={!entries.length} onClick={() => download('clearance-log.csv', 'text/csv', logToCsv(entries))}>
          Export CSV
        </Button>
        <Button
          disabled={!entries.length}
          onClick={() => download('clearance-log.json', 'application/json', logToJson(entries, title, now()))}
        >
          Export JSON
        </Button>
      </div>
    </>
  );
}
