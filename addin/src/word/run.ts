// The only place the add-in calls Word.run: every action runs through here, and every Office error
// becomes a ClearanceError the pane can show. Nothing is logged and swallowed.
import { ClearanceError } from './clearance-error.ts';

const MESSAGES: Record<string, string> = {
  ItemNotFound: 'The text has changed since the last scan, so it could not be found. Scan again.',
  InvalidArgument: 'Word could not apply this change to the document. Scan again and retry.',
  AccessDenied:
    'Word refused the change: the document may be read-only, protected or restricted. Enable editing and retry.',
  GeneralException: 'Word could not complete the action. Save the document, then retry.',
  NotAllowed: 'Word does not allow this change here (for example inside a protected area or while a dialog is open).',
  ApiNotFound: 'This version of Word does not support that action.',
  EditModeRequired: 'Switch Word to Editing mode, then retry.',
};

/** An Office error carries a string code; anything else is a plain Error or a thrown value. */
function officeCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function toClearanceError(error: unknown): ClearanceError {
  if (error instanceof ClearanceError) return error;
  const code = officeCode(error);
  const known = code ? MESSAGES[code] : undefined;
  if (known) return new ClearanceError(known, code);
  const detail = error instanceof Error ? error.message : String(error);
  return new ClearanceError(`Word reported a problem: ${detail}`, code);
}

/** Runs a batch against the open document. */
export async function runWord<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    throw toClearanceError(error);
  }
}
