/** The imported event-pattern corpus, for tests that want its cases. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const corpusFile = fileURLToPath(new URL('../../../conformance/corpus/event-pattern.jsonl', import.meta.url));

export function corpusCases(): Record<string, unknown>[] {
  return readFileSync(corpusFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => {
      // Four lines hold Python's bare `Infinity` (read by the conformance loader); plain JSON.parse skips them here.
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}
