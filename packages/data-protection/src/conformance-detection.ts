/** Runs one detection case (`text`, `identifiers`, `customIdentifiers`, `expect`) and counts findings. */
import type { CaseOutcome, DetectionCounts, EvaluationMode } from '@arbiter/ir';
import { scanText } from './scan/scanner.js';

interface Expected {
  name: string;
  start: number;
  end: number;
}

const key = (f: Expected): string => `${f.name}@${f.start}..${f.end}`;
const render = (fs: readonly Expected[]): string => (fs.length === 0 ? '[]' : fs.map(key).sort().join(' '));

function asExpected(value: unknown): Expected[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: Expected[] = [];
  for (const v of value) {
    const f = v as Record<string, unknown>;
    if (typeof f?.['name'] !== 'string' || typeof f['start'] !== 'number' || typeof f['end'] !== 'number') return undefined;
    out.push({ name: f['name'], start: f['start'], end: f['end'] });
  }
  return out;
}

function countsByName(expected: readonly Expected[], found: readonly Expected[]): Record<string, DetectionCounts> {
  const by: Record<string, DetectionCounts> = {};
  const entry = (name: string): DetectionCounts => (by[name] ??= { expected: 0, found: 0, truePositives: 0 });
  const wanted = new Set(expected.map(key));
  for (const e of expected) entry(e.name).expected++;
  for (const f of found) {
    entry(f.name).found++;
    if (wanted.has(key(f))) entry(f.name).truePositives++;
  }
  return by;
}

/** Detection case runner: passes when the findings equal `expect` as a set of name/start/end. */
export function runDetectionCase(testCase: Record<string, unknown>, mode: EvaluationMode): CaseOutcome {
  const expected = asExpected(testCase['expect']);
  const text = testCase['text'];
  const identifiers = testCase['identifiers'];
  if (!expected || typeof text !== 'string' || !Array.isArray(identifiers)) {
    return { passed: false, expected: 'a detection case', actual: 'malformed case', detail: 'needs text, identifiers and expect' };
  }
  const customs = Array.isArray(testCase['customIdentifiers']) ? (testCase['customIdentifiers'] as Array<Record<string, unknown>>) : [];
  const custom = customs.map((c) => ({ name: String(c['Name']), regex: String(c['Regex']) }));
  const customNames = new Set(custom.map((c) => c.name));
  const managed = (identifiers as unknown[]).map(String).filter((n) => !customNames.has(n));
  const result = scanText(text, { identifiers: managed, custom, mode });
  if (!result.ok) {
    return { passed: false, expected: render(expected), actual: 'error', detail: result.diagnostics.map((d) => d.message).join('; ') };
  }
  const found = result.value.map((f) => ({ name: f.name, start: f.start, end: f.end }));
  const byName = countsByName(expected, found);
  const detections = Object.values(byName).reduce(
    (a, c) => ({ expected: a.expected + c.expected, found: a.found + c.found, truePositives: a.truePositives + c.truePositives }),
    { expected: 0, found: 0, truePositives: 0 },
  );
  const passed = render(expected) === render(found);
  const outcome: CaseOutcome = { passed, expected: render(expected), actual: render(found), detections, detectionsByName: byName };
  if (!passed) outcome.detail = `text: ${text.length > 300 ? text.slice(0, 300) + '…' : text}`;
  return outcome;
}
