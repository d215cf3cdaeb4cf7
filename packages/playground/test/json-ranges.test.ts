import { describe, expect, it } from 'vitest';
import { nearestRange, rangeOfPointer, rangesOfDottedKey } from '../src/page/json-ranges.js';

const slice = (text: string, r: { from: number; to: number } | undefined): string | undefined => (r ? text.slice(r.from, r.to) : undefined);

describe('pointer → text range', () => {
  const text = '{"a": {"b/c": [10, {"~x": true}]}, "a": {"z": 1}}';

  it('follows escaped tokens and array indexes, with or without the key', () => {
    const doc = '{"a": {"b/c": [10, {"~x": true}]}}';
    expect(slice(doc, rangeOfPointer(doc, '/a/b~1c/1/~0x'))).toBe('true');
    expect(slice(doc, rangeOfPointer(doc, '/a/b~1c/1/~0x', true))).toBe('"~x": true');
    expect(slice(doc, rangeOfPointer(doc, '/a/b~1c/0'))).toBe('10');
    expect(slice(doc, rangeOfPointer(doc, ''))).toBe(doc);
  });

  it('takes the last of repeated keys, as JSON.parse does', () => {
    expect(slice(text, rangeOfPointer(text, '/a'))).toBe('{"z": 1}');
  });

  it('finds nothing for absent places and invalid pointers', () => {
    expect(rangeOfPointer(text, '/a/missing')).toBeUndefined();
    expect(rangeOfPointer(text, '/a/01')).toBeUndefined();
    expect(rangeOfPointer(text, 'a')).toBeUndefined();
  });

  it('falls back to the nearest ancestor', () => {
    const doc = '{"Statement": [{"Effect": "Allow"}]}';
    expect(slice(doc, nearestRange(doc, '/Statement/0/Resource'))).toBe('{"Effect": "Allow"}');
  });

  it('still maps a document that is being typed', () => {
    const doc = '{"a": {"b": [1, 2';
    expect(slice(doc, rangeOfPointer(doc, '/a/b/1'))).toBe('2');
  });
});

describe('dotted SNS key → text ranges', () => {
  it('goes through arrays at every level and matches keys holding dots', () => {
    const body = '{"Records": [{"s3": {"key": "x"}}, {"s3": [{"key": "y"}]}], "Records.s3": {"key": "z"}}';
    expect(rangesOfDottedKey(body, 'Records.s3.key').map((r) => body.slice(r.from, r.to))).toEqual(['"key": "x"', '"key": "y"', '"key": "z"']);
  });

  it('finds nothing in text that is not JSON', () => {
    expect(rangesOfDottedKey('plain text', 'a.b')).toEqual([]);
  });
});
