import { readFileSync } from 'node:fs';
import type { Context } from 'aws-lambda';

const eventsDir = new URL('../../../examples/lambda-handler/events/', import.meta.url);

/** A recorded event from examples/lambda-handler/events. */
export function recorded<T = any>(name: string): T {
  return JSON.parse(readFileSync(new URL(`${name}.json`, eventsDir), 'utf8')) as T;
}

export const context = { functionName: 'test', awsRequestId: 'req-1' } as unknown as Context;

/** A logger that keeps what it was told. */
export function memoryLogger() {
  const lines: Array<{ level: string; message: string; extra: unknown[] }> = [];
  const at = (level: string) => (message: string, ...extra: unknown[]) => void lines.push({ level, message, extra });
  return { lines, info: at('info'), warn: at('warn'), debug: at('debug') };
}
