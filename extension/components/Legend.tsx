// What the marks in the page, the panel and the viewer mean: a colour and an underline style for each group, in words.
import { DISPOSITIONS, DISPOSITION_LABELS } from '../../shared/index.ts';
import { MARK_STYLES, markTextStyle } from '../lib/mark-styles.ts';

export function Legend() {
  return (
    <details className="legend">
      <summary>What the highlights mean</summary>
      <ul>
        {DISPOSITIONS.map((d) => (
          <li key={d}>
            <span className="legend-sample" style={markTextStyle(d)} aria-hidden="true">
              Sample
            </span>{' '}
            <strong>{DISPOSITION_LABELS[d].heading}</strong> ({MARK_STYLES[d].colourWords}, {MARK_STYLES[d].lineWords}):{' '}
            {DISPOSITION_LABELS[d].description}
          </li>
        ))}
        <li>
          <span className="legend-sample legend-focus" aria-hidden="true">
            Sample
          </span>{' '}
          <strong>Selected</strong> (purple): the finding you chose in the list.
        </li>
      </ul>
    </details>
  );
}
