/** A command line the CLI cannot act on (unknown flag, missing or malformed value): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
