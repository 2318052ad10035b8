// The one error the add-in shows the user: what went wrong in plain words, and what to do.
export class ClearanceError extends Error {
  constructor(
    message: string,
    /** The Office error code behind it, for the log; absent when the add-in raised it itself. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ClearanceError';
  }
}
