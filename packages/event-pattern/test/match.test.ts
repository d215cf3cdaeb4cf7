import { describe, expect, it } from 'vitest';
import { compileEventPattern, matchEventPattern } from '../src/index.js';

const decide = (pattern: unknown, event: unknown) => {
  const r = matchEventPattern(pattern, event);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
};

describe('matchEventPattern', () => {
  it('names the failing field, its pointer and its conditions', () => {
    const d = decide({ source: ['aws.ec2'], detail: { state: ['running', 'stopped'] } }, { source: 'aws.ec2', detail: { state: 'pending' } });
    expect(d).toMatchObject({ matched: false, failed: { path: '/detail/state', key: 'detail.state', condition: '["running","stopped"]' } });
    expect(d.reason).toContain('`detail.state`');
  });

  it('explains exists and $or failures', () => {
    expect(decide({ a: [{ exists: true }] }, { b: 1 }).reason).toBe('`a`: not in the event, but the pattern requires it to exist');
    expect(decide({ $or: [{ a: [1] }, { b: [2] }] }, { a: 2 }).reason).toMatch(/^no branch of `\$or` matched/);
  });

  it('requires fields under an array of objects to come from one element', () => {
    const event = { employees: [{ first: 'John', last: 'Doe' }, { first: 'Anna', last: 'Smith' }] };
    expect(decide({ employees: { first: ['Anna'], last: ['Smith'] } }, event).matched).toBe(true);
    expect(decide({ employees: { first: ['Anna'], last: ['Doe'] } }, event).matched).toBe(false);
    // Absence alone is checked across the whole array, as event-ruler does.
    expect(decide({ employees: { middle: [{ exists: false }] } }, event).matched).toBe(true);
    expect(decide({ employees: { first: [{ exists: false }] } }, event).matched).toBe(false);
  });

  it('reads events given as text, and reports unusable ones without matching', () => {
    expect(decide({ a: [1] }, '{"a": 1.0}').matched).toBe(true);
    expect(decide({ a: [1] }, '{"a": ').matched).toBe(false);
    expect(decide({ a: [{ exists: false }] }, '[1]')).toMatchObject({ matched: false, diagnostics: [{ code: 'eb.invalid-event' }] });
    expect(decide({ a: [{ exists: false }] }, null).matched).toBe(false);
  });

  it('compares numbers as doubles and strings exactly', () => {
    expect(decide({ x: [{ numeric: ['=', 0.1] }] }, { x: 0.1000001 }).matched).toBe(false);
    expect(decide({ x: [300] }, { x: 3e2 }).matched).toBe(true);
    expect(decide({ x: ['300'] }, { x: 300 }).matched).toBe(false);
  });

  it('matches keys spelled with dots either way', () => {
    expect(decide({ detail: { 'state.status': ['running'] } }, { detail: { state: { status: 'running' } } }).matched).toBe(true);
    expect(decide({ detail: { state: { status: ['running'], code: [1] } } }, { detail: { 'state.status': 'running', 'state.code': 1 } }).matched).toBe(true);
  });

  it('exposes the IR it lowered to', () => {
    const m = compileEventPattern({ a: [{ wildcard: 'x*' }] });
    expect(m.ok && m.value.pattern.ruleSet.language).toBe('event-pattern');
  });
});
