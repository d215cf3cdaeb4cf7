import { describe, expect, it } from 'vitest';
import { compileEventPattern } from '@arbiter/event-pattern';
import { cli, files } from './helpers.js';

const matched = (pattern: object, event: object) => {
  const m = compileEventPattern(pattern);
  if (!m.ok) throw new Error('invalid pattern');
  return m.value.match(event).matched;
};

describe('arbiter events diff', () => {
  const oldP = { source: ['aws.ec2'], detail: { state: ['running'], 'instance-type': [{ prefix: 't3.' }] } };
  const newP = { source: ['aws.ec2'], detail: { state: ['running', 'pending'], 'instance-type': [{ prefix: 't3.' }] } };

  it('prints the relation and witnesses as JSON; the witness is an event events match reads', async () => {
    const f = files({ 'old.json': oldP, 'new.json': newP });
    const r = await cli(['--format', 'json', 'events', 'diff', f['old.json']!, f['new.json']!]);
    expect(r.code).toBe(1);
    const out = r.json();
    expect(out.relation).toBe('broader');
    expect(out.witnesses.onlyOld).toBeNull();
    expect(out.witnesses.onlyNew.detail.state).toBe('pending');
    expect([matched(oldP, out.witnesses.onlyNew), matched(newP, out.witnesses.onlyNew)]).toEqual([false, true]);
    const g = files({ 'e.json': out.witnesses.onlyNew, 'p.json': newP });
    expect((await cli(['events', 'match', '--pattern', g['p.json']!, '--event', g['e.json']!])).code).toBe(0);
  });

  it('exits 0 for equivalent patterns and says so for people', async () => {
    const f = files({ 'a.json': { a: ['x', 'y'] }, 'b.json': { $or: [{ a: ['x'] }, { a: ['y'] }] } });
    const r = await cli(['events', 'diff', f['a.json']!, f['b.json']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('equivalent: NEW matches exactly the events OLD matches');
  });

  it('says which parts are undecided and why, exit 1', async () => {
    // A wildcard with two stars beside a constant compared ignoring case: "only OLD" cannot be proved empty.
    const f = files({ 'a.json': { a: [{ wildcard: 'a*b*c' }] }, 'b.json': { a: [{ prefix: 'a' }, { 'equals-ignore-case': 'zz' }] } });
    const r = await cli(['events', 'diff', f['a.json']!, f['b.json']!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^unknown: /);
    expect(r.stdout).toMatch(/onlyOld undecided: .*wildcard/);
  });

  const criteria = (...patterns: object[]) => ({ Filters: patterns.map((p) => ({ Pattern: JSON.stringify(p) })) });
  const order = { body: { kind: ['order'] } };
  const refund = { body: { kind: ['refund'] } };

  it('reads Lambda FilterCriteria on either side (filters OR-ed), as events validate does', async () => {
    const f = files({ 'old.json': criteria(order), 'new.json': criteria(order, refund), 'rule.json': { body: { kind: ['order', 'refund'] } } });
    const added = await cli(['--format', 'json', 'events', 'diff', f['old.json']!, f['new.json']!]);
    expect(added.code).toBe(1);
    expect(added.json().relation).toBe('broader');
    expect(added.json().witnesses.onlyNew).toEqual({ body: { kind: 'refund' } });
    // A pattern on one side, FilterCriteria on the other: the same events.
    const same = await cli(['events', 'diff', f['rule.json']!, f['new.json']!]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('equivalent');
    // With --source, both sides are FilterCriteria checked with that source's rules.
    const sqs = await cli(['--format', 'json', 'events', 'diff', '--source', 'sqs', f['new.json']!, f['old.json']!]);
    expect(sqs.json().relation).toBe('narrower');
    expect([matched(refund, sqs.json().witnesses.onlyOld), matched(order, sqs.json().witnesses.onlyOld)]).toEqual([true, false]);
  });

  it('an invalid filter is reported against its file; a FilterCriteria-looking pattern without Pattern entries stays a pattern', async () => {
    const f = files({ 'ok.json': criteria(order), 'bad.json': { Filters: [{ Pattern: '{"body": {"kind": []}}' }] }, 'too-many.json': criteria(order, order, order, order, order, order) });
    const bad = await cli(['events', 'diff', f['ok.json']!, f['bad.json']!]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`${f['bad.json']!}: `);
    const quota = await cli(['events', 'diff', f['ok.json']!, f['too-many.json']!]);
    expect(quota.code).toBe(1);
    expect(quota.stdout).toMatch(/6 filters, more than the 5/);
    expect((await cli(['events', 'diff', '--raised-quota', f['ok.json']!, f['too-many.json']!])).code).toBe(0);
    // {"Filters": ["x"]} is an ordinary pattern on a field named Filters.
    const g = files({ 'p.json': { Filters: ['x'] }, 'q.json': { Filters: ['x', 'y'] } });
    expect((await cli(['--format', 'json', 'events', 'diff', g['p.json']!, g['q.json']!])).json().relation).toBe('broader');
  });

  it('reports an invalid pattern against its file, exit 1; a missing file exits 2', async () => {
    const f = files({ 'a.json': { a: ['x'] }, 'b.json': { a: [] } });
    const r = await cli(['events', 'diff', f['a.json']!, f['b.json']!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${f['b.json']!}: `);
    expect((await cli(['events', 'diff', f['a.json']! + '.missing', f['b.json']!])).code).toBe(2);
  });
});
