// What this Word host can do, checked once at start: the pane hides what the host lacks and says why.

/** The manifest's floor (manifest.xml <Requirements>): every host that loads the add-in has it. */
export const MINIMUM_WORD_API = '1.3';

export interface Capabilities {
  /** Body.getComments, Body.getReviewedText, Document.changeTrackingMode, Range.insertComment (WordApi 1.4). */
  comments: boolean;
  /** Body.footnotes and Body.endnotes (WordApi 1.5). */
  notes: boolean;
  /** Body.getTrackedChanges, accepting revisions, and paragraph change events (WordApi 1.6). */
  trackedChanges: boolean;
  /** Paragraph.getText with hidden text (WordApi 1.7). */
  hiddenText: boolean;
}

export type IsSetSupported = (name: string, version: string) => boolean;

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  return {
    comments: isSetSupported('WordApi', '1.4'),
    notes: isSetSupported('WordApi', '1.5'),
    trackedChanges: isSetSupported('WordApi', '1.6'),
    hiddenText: isSetSupported('WordApi', '1.7'),
  };
}

/** What the user misses on this host, in their words; empty when the host does everything. */
export function missingCapabilities(c: Capabilities): string[] {
  const missing: string[] = [];
  if (!c.comments)
    missing.push(
      'This version of Word cannot show comments or tracked deletions to add-ins, so they are not checked. Check them by hand, or update Word.',
    );
  if (!c.notes)
    missing.push('This version of Word cannot show footnotes or endnotes to add-ins, so they are not checked.');
  if (!c.trackedChanges)
    missing.push(
      'This version of Word cannot list tracked changes to add-ins or tell it when text changes: accept or reject them by hand before publishing, and rescan after editing.',
    );
  if (!c.hiddenText)
    missing.push(
      'This version of Word cannot show hidden text to add-ins, so hidden text is not checked. Use File > Info > Check for Issues > Inspect Document.',
    );
  return missing;
}
