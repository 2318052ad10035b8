// The one error a reader throws: a reason a council officer can act on, never a stack trace.
export class ReadError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ReadError';
  }
}

/** The most a single input may be; past it a reader refuses rather than exhausting memory. */
export const LIMITS = {
  /** Bytes of an input file. */
  fileBytes: 50 * 1024 * 1024,
  /** Characters of extracted text. */
  textChars: 20 * 1024 * 1024,
};
