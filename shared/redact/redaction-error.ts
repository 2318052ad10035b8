// The one error redaction throws: a package it cannot safely rewrite, with the part and the reason.
export class RedactionError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RedactionError';
  }
}
