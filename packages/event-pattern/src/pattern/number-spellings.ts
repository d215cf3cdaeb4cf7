/**
 * The spelling of every number in a JSON text, by JSON pointer. `JSON.parse` turns `1E-325` into
 * `0` and `2.0e422` into `Infinity`; event-ruler rejects both ("Cannot compare number"), so the
 * validator needs the text. The input has already passed the safe parser: this walk assumes valid
 * JSON and bounded depth. For duplicate keys the last spelling wins, as the value does.
 */
import { joinPointer } from '@arbiter/ir';

export type NumberSpellings = ReadonlyMap<string, string>;

const WS = new Set([' ', '\t', '\n', '\r']);

export function readNumberSpellings(text: string): NumberSpellings {
  const out = new Map<string, string>();
  let i = 0;
  const skipWs = () => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (path: string): void => {
    skipWs();
    const c = text[i];
    if (c === '{') {
      i++;
      skipWs();
      if (text[i] === '}') return void i++;
      for (;;) {
        skipWs();
        const key = readString();
        skipWs();
        i++; // ':'
        readValue(joinPointer(path, key));
        skipWs();
        if (text[i++] === '}') return;
      }
    }
    if (c === '[') {
      i++;
      skipWs();
      if (text[i] === ']') return void i++;
      for (let index = 0; ; index++) {
        readValue(joinPointer(path, index));
        skipWs();
        if (text[i++] === ']') return;
      }
    }
    if (c === '"') return void readString();
    const start = i;
    while (i < text.length && /[-+0-9.eEa-z]/.test(text[i] as string)) i++;
    const token = text.slice(start, i);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) out.set(path, token);
  };
  readValue('');
  return out;
}

/** True when `spelling` names a number a double cannot hold: it overflows or a non-zero value underflows. */
export function isIncomparableNumber(spelling: string): boolean {
  const value = Number(spelling);
  if (!Number.isFinite(value)) return true;
  if (value !== 0) return false;
  const mantissa = spelling.split(/[eE]/)[0] ?? '';
  return /[1-9]/.test(mantissa);
}
