// The one error the wording library throws: names the clause and, where it is about values, the variables.
export class WordingError extends Error {
  constructor(
    message: string,
    readonly clauseId: string,
    /** Variables the caller must still supply. */
    readonly missing: readonly string[] = [],
  ) {
    super(message);
    this.name = 'WordingError';
  }
}
