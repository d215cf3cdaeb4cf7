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
    const f = files({ 'a.json': { a: [{ wildcard: 'a*b' }] }, 'b.json': { a: [{ prefix: 'a' }] } });
    const r = await cli(['events', 'diff', f['a.json']!, f['b.json']!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^unknown: /);
    expect(r.stdout).toMatch(/undecided: .*wildcard/);
  });

  it('reports an invalid pattern against its file, exit 1; a missing file exits 2', async () => {
    const f = files({ 'a.json': { a: ['x'] }, 'b.json': { a: [] } });
    const r = await cli(['events', 'diff', f['a.json']!, f['b.json']!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${f['b.json']!}: `);
    expect((await cli(['events', 'diff', f['a.json']! + '.missing', f['b.json']!])).code).toBe(2);
  });
});
