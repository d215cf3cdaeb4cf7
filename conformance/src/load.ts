/** Reads JSONL case files. A malformed line is reported by file and line; the other lines still run. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseLenientJson } from './lenient-json.js';

export interface LoadedCase {
  file: string;
  line: number;
  testCase: Record<string, unknown>;
}

export interface LoadProblem {
  file: string;
  /** 0 when the whole file could not be read. */
  line: number;
  message: string;
}

export interface LoadedCases {
  cases: LoadedCase[];
  problems: LoadProblem[];
  /** Files that could not be read at all (exit status 2). */
  unreadable: string[];
}

export function parseCaseLines(text: string, file: string): { cases: LoadedCase[]; problems: LoadProblem[] } {
  const cases: LoadedCase[] = [];
  const problems: LoadProblem[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) return;
    let value: unknown;
    try {
      value = parseLenientJson(line);
    } catch (e) {
      problems.push({ file, line: i + 1, message: `not JSON: ${(e as Error).message}` });
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ file, line: i + 1, message: 'a case must be a JSON object' });
      return;
    }
    const c = value as Record<string, unknown>;
    if (typeof c.kind !== 'string') {
      problems.push({ file, line: i + 1, message: 'case has no `kind`' });
      return;
    }
    if (typeof c.id !== 'string' || c.id === '') {
      problems.push({ file, line: i + 1, message: 'case has no `id`' });
      return;
    }
    cases.push({ file, line: i + 1, testCase: c });
  });
  return { cases, problems };
}

export function loadCaseFiles(files: string[], readText: (file: string) => string = readCaseFile): LoadedCases {
  const out: LoadedCases = { cases: [], problems: [], unreadable: [] };
  for (const file of files) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      out.unreadable.push(file);
      out.problems.push({ file, line: 0, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const { cases, problems } = parseCaseLines(text, file);
    // A loop, not push(...spread): a recorded suite can hold more cases than the call stack has room for arguments.
    for (const c of cases) out.cases.push(c);
    for (const p of problems) out.problems.push(p);
  }
  return out;
}

/** Reads a case file; `.gz` files are gunzipped. `-` is standard input. */
export function readCaseFile(file: string): string {
  const buf = readFileSync(file === '-' ? 0 : file);
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}
