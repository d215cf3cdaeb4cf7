/**
 * The logger the adapters write to: Powertools for AWS Lambda's `Logger` fits, and so does
 * `console`. Adapters log only when given one (no global state).
 */
export interface Logger {
  info(message: string, ...extra: unknown[]): void;
  warn(message: string, ...extra: unknown[]): void;
  debug?(message: string, ...extra: unknown[]): void;
}
