/**
 * A tiny stand-alone scanner for unit tests, mirroring the rules in `identifiers/types.ts`: run the
 * global pattern, require one keyword (case-insensitive; a space also matches `_`, `-` or nothing;
 * starting at a word start) ending at most `keywordWindow` characters before the candidate, then
 * apply `validate`. It lets the identifier tests run without the package's scanner.
 */
import type { ManagedIdentifier } from '../../src/identifiers/types.js';

const WORD = /[\p{L}\p{N}]/u;

function keywordNear(id: ManagedIdentifier, text: string, start: number): boolean {
  const window = id.keywordWindow ?? 30;
  const lower = text.toLowerCase();
  return (id.keywords ?? []).some((raw) => {
    const keyword = raw.toLowerCase().trim();
    const source = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ _-]?');
    const re = new RegExp(source, 'gu');
    const from = Math.max(0, start - window - keyword.length - 3);
    re.lastIndex = from;
    for (let m = re.exec(lower); m && m.index < start; m = re.exec(lower)) {
      const end = m.index + m[0].length;
      const startsWord = m.index === 0 || !WORD.test(text[m.index - 1]!) || !WORD.test(keyword[0]!);
      const endsWord = keyword.includes(' ') || end >= text.length || !WORD.test(text[end]!) || !WORD.test(keyword.at(-1)!);
      if (startsWord && endsWord && end <= start && start - end <= window) return true;
      re.lastIndex = m.index + 1;
    }
    return false;
  });
}

/** The values `id` reports in `text`, in order. */
export function detect(id: ManagedIdentifier, text: string): string[] {
  const found: string[] = [];
  const re = new RegExp(id.pattern.source, id.pattern.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m.groups?.['value'] ?? m[0];
    const start = m.index + m[0].indexOf(value);
    const context = { text, start, end: start + value.length };
    const needsKeyword = (id.keywords ?? []).length > 0;
    if (needsKeyword && !keywordNear(id, text, start) && !id.keywordOptional?.(value, context)) continue;
    if (id.validate && !id.validate(value, context)) continue;
    found.push(value);
  }
  return found;
}
