/** What cannot be read at all. Everything else is a document with messages. */
export type MaqalErrorCode = 'not-text' | 'too-large' | 'bad-option';

export class MaqalError extends Error {
  override readonly name = 'MaqalError';
  constructor(
    readonly code: MaqalErrorCode,
    message: string,
  ) {
    super(message);
  }
}
