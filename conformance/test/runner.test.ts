import { describe, expect, it } from 'vitest';
import { CONFORMANCE_MODES, type CaseRunner, type KindRunner } from '@arbiter/ir';
import { exitStatusOf, loadCaseFiles, parseCaseLines, parseKnownFailing, runCases, summarise } from '../src/index.js';

const echo: CaseRunner = (c, mode) => {
  const actual = c.id === 'disagree' ? (mode === 'reference' ? 'match' : 'no-match') : String(c.actual ?? c.expect);
  return { passed: actual === c.expect, expected: String(c.expect), actual };
};

describe('case loading', () => {
  it('reports malformed lines by line number and keeps the rest', () => {
    const text = '{"kind":"t","id":"a","expect":"x"}\nnot json\n\n[1]\n{"id":"b"}\n{"kind":"t","id":"c","expect":"y"}\n';
    const { cases, problems } = parseCaseLines(text, 'f.jsonl');
    expect(cases.map((c) => [c.testCase.id, c.line])).toEqual([['a', 1], ['c', 6]]);
    expect(problems.map((p) => p.line)).toEqual([2, 4, 5]);
    expect(problems[2]?.message).toBe('case has no `kind`');
  });
});

describe('large suites', () => {
  it('loads 200,000 recorded cases without exhausting the stack', () => {
    const line = JSON.stringify({ kind: 't', id: 'x', expect: 'match' });
    const loaded = loadCaseFiles(['big.jsonl'], () => (line + '\n').repeat(200_000));
    expect(loaded.cases.length).toBe(200_000);
  });
});

describe('runCases', () => {
  const load = (lines: object[]) => parseCaseLines(lines.map((l) => JSON.stringify(l)).join('\n'), 'f.jsonl').cases;

  it('counts per kind and per confidence, and passes a case only when every mode passes', () => {
    const cases = load([
      { kind: 't', id: 'ok', expect: 'match', confidence: 'aws-doc' },
      { kind: 't', id: 'bad', expect: 'match', actual: 'no-match', confidence: 'peer-impl' },
      { kind: 't', id: 'disagree', expect: 'match' },
      { kind: 'other', id: 'unknown-kind', expect: 'x' },
    ]);
    const r = runCases(cases, [], { runners: { t: echo } });
    expect([r.total, r.passed, r.failed]).toEqual([4, 1, 3]);
    expect(r.kinds.t).toEqual({ total: 3, passed: 1, failed: 2 });
    expect(r.byConfidence['aws-doc']).toEqual({ total: 1, passed: 1, failed: 0 });
    expect(r.failures.find((f) => f.id === 'disagree')?.detail).toContain('modes disagree: reference=match, compiled=no-match');
    expect(r.failures.find((f) => f.id === 'unknown-kind')?.actual).toBe('unsupported');
    expect(exitStatusOf(r, [])).toBe(1);
  });

  it('runs each kind in the requested modes it offers, tallies per mode, and fails a router disagreement', () => {
    const indexed: KindRunner = {
      modes: CONFORMANCE_MODES,
      run: (c, mode) => {
        const actual = c.id === 'router-differs' && mode === 'router' ? 'no-match' : String(c.expect);
        return { passed: actual === c.expect, expected: String(c.expect), actual };
      },
    };
    const cases = load([
      { kind: 'sns', id: 'agree', expect: 'match' },
      { kind: 'sns', id: 'router-differs', expect: 'match' },
      { kind: 't', id: 'two-evaluators', expect: 'match' },
    ]);
    const all = runCases(cases, [], { runners: { sns: indexed, t: echo } });
    expect([all.total, all.passed, all.skipped]).toEqual([3, 2, 0]);
    expect(all.byMode).toEqual({
      reference: { total: 3, passed: 3, failed: 0 },
      compiled: { total: 3, passed: 3, failed: 0 },
      router: { total: 2, passed: 1, failed: 1 },
    });
    expect(all.failures.map((f) => [f.id, f.detail])).toEqual([['router-differs', 'modes disagree: reference=match, compiled=match, router=no-match']]);
    const routerOnly = runCases(cases, [], { runners: { sns: indexed, t: echo }, modes: ['router'] });
    expect([routerOnly.total, routerOnly.skipped, routerOnly.failed]).toEqual([2, 1, 1]);
  });

  it('checks known-failing both ways', () => {
    const cases = load([
      { kind: 't', id: 'bad', expect: 'match', actual: 'no-match' },
      { kind: 't', id: 'fixed', expect: 'match' },
    ]);
    const onlyBad = runCases(cases, [], { runners: { t: echo }, knownFailing: parseKnownFailing('{"bad":"peer-impl disagrees with AWS doc"}') });
    expect(onlyBad.knownFailing).toBe(1);
    expect(exitStatusOf(onlyBad, [])).toBe(0);
    const stale = runCases(cases, [], { runners: { t: echo }, knownFailing: parseKnownFailing('{"bad":"r","fixed":"r"}') });
    expect(stale.unexpectedPasses).toEqual(['fixed']);
    expect(exitStatusOf(stale, [])).toBe(1);
    expect(exitStatusOf(onlyBad, ['missing.jsonl'])).toBe(2);
  });

  it('turns a throwing evaluator into a failure, not a crash', () => {
    const cases = load([{ kind: 't', id: 'boom', expect: 'match' }]);
    const r = runCases(cases, [], { runners: { t: () => { throw new Error('kaput'); } } });
    expect(r.failures[0]).toMatchObject({ id: 'boom', actual: 'crash' });
  });

  it('rejects known-failing entries without a reason', () => {
    expect(() => parseKnownFailing('{"a":""}')).toThrow(/needs a reason/);
    expect(() => parseKnownFailing('[]')).toThrow(/JSON object/);
  });

  it('computes precision and recall', () => {
    expect(summarise({ expected: 4, found: 5, truePositives: 4 })).toEqual({ expected: 4, found: 5, truePositives: 4, precision: 0.8, recall: 1 });
    expect(summarise({ expected: 0, found: 0, truePositives: 0 })).toMatchObject({ precision: 1, recall: 1 });
  });
});
