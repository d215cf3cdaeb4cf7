import { describe, expect, it } from 'vitest';
import { compileFilterPolicy } from '@arbiter/sns-filter';
import { cli, files } from './helpers.js';

const delivered = (policy: object, message: object) => {
  const m = compileFilterPolicy(policy, { scope: 'MessageAttributes' });
  if (!m.ok) throw new Error('invalid policy');
  return m.value.match(message as never).delivered;
};

describe('arbiter filter diff', () => {
  const oldP = { store: ['example_corp'], price: [{ numeric: ['<', 100] }] };
  const newP = { store: [{ prefix: 'example' }], price: [{ numeric: ['<=', 100] }] };

  it('prints the relation and witnesses as JSON; the witness is a message filter match reads', async () => {
    const f = files({ 'old.json': oldP, 'new.json': newP });
    const r = await cli(['--format', 'json', 'filter', 'diff', f['old.json']!, f['new.json']!]);
    expect(r.code).toBe(1);
    const out = r.json();
    expect(out.relation).toBe('broader');
    expect(out.witnesses.onlyOld).toBeNull();
    expect(delivered(newP, out.witnesses.onlyNew)).toBe(true);
    expect(delivered(oldP, out.witnesses.onlyNew)).toBe(false);
    const g = files({ 'm.json': out.witnesses.onlyNew, 'p.json': newP });
    expect((await cli(['filter', 'match', '--policy', g['p.json']!, '--message', g['m.json']!])).code).toBe(0);
  });

  it('exits 0 for equivalent policies and says so for people', async () => {
    const f = files({ 'a.json': { a: ['x', 'y'] }, 'b.json': { $or: [{ a: ['x'] }, { a: ['y'] }] } });
    const r = await cli(['filter', 'diff', f['a.json']!, f['b.json']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('equivalent: NEW delivers exactly the messages OLD delivers');
  });

  it('reports an invalid policy against its file, exit 1; a missing file exits 2', async () => {
    const f = files({ 'a.json': { a: [] }, 'b.json': { a: ['x'] } });
    const r = await cli(['filter', 'diff', f['a.json']!, f['b.json']!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(f['a.json']!);
    expect((await cli(['filter', 'diff', f['a.json']! + '.missing', f['b.json']!])).code).toBe(2);
  });
});

describe('arbiter filter analyze', () => {
  const subs = [
    { id: 'auto', policy: { kind: ['auto'] } },
    { id: 'auto-again', policy: { kind: ['auto'] } },
    { id: 'home', policy: { kind: ['home'] } },
    { id: 'dead', policy: { kind: [{ exists: false }], $or: [{ kind: ['x'] }, { kind: ['y'] }] } },
    { id: 'branchy', policy: { region: ['eu'], $or: [{ tier: ['gold'] }, { tier: [{ exists: false }], $or: [{ tier: ['a'] }, { tier: ['b'] }] }] } },
  ];

  it('finds duplicates, dead policies and dead $or branches, with pointers into the file', async () => {
    const f = files({ 's.json': subs });
    const r = await cli(['--format', 'json', 'filter', 'analyze', '--subscriptions', f['s.json']!]);
    expect(r.code).toBe(1);
    const out = r.json();
    const codes = out.findings.map((x: { code: string; resource: string }) => `${x.code} ${x.resource}`).sort();
    expect(codes).toEqual(['analysis.branch-never-matches branchy', 'analysis.duplicate-subscriptions auto-again', 'analysis.never-matches dead']);
    const branch = out.findings.find((x: { code: string }) => x.code === 'analysis.branch-never-matches');
    expect(branch.pointer).toBe('/4/policy/$or/1');
    expect(out.findings.find((x: { code: string }) => x.code === 'analysis.never-matches').message).toContain('the conditions on `kind` contradict each other');
    expect(out.overlaps.some((o: { a: string; b: string }) => o.a === 'auto' && o.b === 'auto-again')).toBe(true);
    // `auto` and `home` share messages: a String.Array attribute `kind: ["auto","home"]` matches both.
    expect(out.overlaps.some((o: { a: string; b: string }) => o.a === 'auto' && o.b === 'home')).toBe(true);
  });

  it('writes SARIF with one rule per finding code', async () => {
    const f = files({ 's.json': subs });
    const r = await cli(['--format', 'sarif', 'filter', 'analyze', '--subscriptions', f['s.json']!]);
    const sarif = r.json();
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id).sort()).toEqual(['analysis.branch-never-matches', 'analysis.duplicate-subscriptions', 'analysis.never-matches']);
  });

  it('reads the subscriptions of a SAM template and finds its duplicate', async () => {
    const r = await cli(['filter', 'analyze', '--template', 'examples/sam-template/template.yaml']);
    expect(r.stdout).toMatch(/template\.yaml:\d+:\d+: warning analysis\.duplicate-subscriptions/);
  });
});
