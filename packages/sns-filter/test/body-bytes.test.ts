/**
 * Bodies that arrive as bytes (a `Buffer` or any `Uint8Array`): the router and the matcher give
 * the same answers as for the text the bytes encode in UTF-8 (`Buffer.toString('utf8')` is the
 * oracle for that text: invalid sequences become U+FFFD, a leading BOM stays).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilterPolicy, createRouter, type Subscription } from '@arbiter/sns-filter';
import { jsonTextArbitraries } from '../../ir/test/json-text-arbitraries.js';
import { keys, policyArb } from './arbitraries.js';

const { bodyTextArb } = jsonTextArbitraries(keys);
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

const subscriptionsArb = fc
  .array(policyArb(true), { minLength: 1, maxLength: 6 })
  .map((policies) => policies.map((policy, i): Subscription => ({ id: `s${i}`, scope: 'MessageBody', policy })))
  .filter((subs) => subs.every((s) => compileFilterPolicy(s.policy, { scope: 'MessageBody' }).ok));

/** Bytes: UTF-8 of generated bodies (as a Buffer, or a view into a larger buffer), or raw bytes. */
const bytesArb = fc.oneof(
  { weight: 4, arbitrary: bodyTextArb.map(encode) },
  bodyTextArb.map((text) => Buffer.from(text, 'utf8')),
  bodyTextArb.map((text) => {
    const inner = encode(text);
    const outer = new Uint8Array(inner.length + 6).fill(0x7b);
    outer.set(inner, 3);
    return outer.subarray(3, 3 + inner.length);
  }),
  fc.uint8Array({ maxLength: 40 }).map((noise) => Uint8Array.from([...encode('{"a":"'), ...noise, ...encode('"}')])),
);

describe('bodies as bytes', () => {
  it('route and match like the text the bytes encode', () => {
    fc.assert(
      fc.property(subscriptionsArb, fc.array(bytesArb, { minLength: 1, maxLength: 4 }), (subs, bodies) => {
        const lazy = createRouter(subs);
        const parse = createRouter(subs, { extraction: 'parse' });
        if (!lazy.ok || !parse.ok) throw new Error('valid subscriptions must route');
        const matcher = compileFilterPolicy(subs[0]!.policy, { scope: 'MessageBody' });
        if (!matcher.ok) throw new Error('valid policy must compile');
        for (const bytes of bodies) {
          const text = decode(bytes);
          const want = lazy.value.route({ body: text });
          expect(lazy.value.route({ body: bytes })).toEqual(want);
          expect(parse.value.route({ body: bytes })).toEqual(want);
          expect(matcher.value.match({ body: bytes })).toEqual(matcher.value.match({ body: text }));
        }
      }),
      { numRuns: 120 },
    );
  });

  it('decodes multi-byte characters, and keeps a BOM (so that body is not JSON)', () => {
    const router = createRouter([{ id: 'ß', scope: 'MessageBody', policy: { 'k€y': ['straße 😀'] } }]);
    if (!router.ok) throw new Error('valid policy');
    expect(router.value.route({ body: Buffer.from('{"k€y":"straße 😀"}') })).toEqual(['ß']);
    expect(router.value.route({ body: Buffer.from('\uFEFF{"k€y":"straße 😀"}') })).toEqual([]);
    expect(router.value.route({ body: Buffer.from('{"k€y":"strasse 😀"}') })).toEqual([]);
  });
});
