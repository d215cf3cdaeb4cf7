/**
 * Findings marked inside the message for people: `SSN: [Ssn-US: 123-12-1234]`. Overlapping
 * findings (an address holding a phone number) become one mark naming every identifier, so the
 * marks never nest and the message stays readable.
 */
import type { Finding } from '@arbiter/data-protection';
import { showControls } from './options.js';

/** One marked span: 0-based `start`, inclusive `end`, the identifiers found in it. */
export interface Mark {
  start: number;
  end: number;
  names: string[];
}

export interface MarkStyle {
  colour: boolean;
}

/** Merges overlapping findings into marks, in text order. */
export function clusterFindings(findings: readonly Finding[]): Mark[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const marks: Mark[] = [];
  for (const f of sorted) {
    const last = marks[marks.length - 1];
    if (last && f.start <= last.end) {
      last.end = Math.max(last.end, f.end);
      if (!last.names.includes(f.name)) last.names.push(f.name);
    } else marks.push({ start: f.start, end: f.end, names: [f.name] });
  }
  return marks;
}

function renderMark(text: string, mark: Mark, style: MarkStyle, keepNewlines: boolean): string {
  const body = showControls(text.slice(mark.start, mark.end + 1), keepNewlines);
  const names = mark.names.join(', ');
  if (!style.colour) return `[${names}: ${body}]`;
  return `\x1b[1;33m[${names}:\x1b[0m \x1b[1;31m${body}\x1b[0m\x1b[1;33m]\x1b[0m`;
}

/** The whole message with every mark in place. */
export function markFindings(text: string, marks: readonly Mark[], style: MarkStyle): string {
  let out = '';
  let at = 0;
  for (const m of marks) {
    out += showControls(text.slice(at, m.start)) + renderMark(text, m, style, true);
    at = m.end + 1;
  }
  return out + showControls(text.slice(at));
}

export interface Excerpt {
  line: number;
  column: number;
  text: string;
}

/**
 * Marks with `context` characters around them, for messages too long to print whole; marks
 * whose contexts touch share one excerpt. Newlines show as `↵` so each excerpt is one line.
 */
export function excerptFindings(text: string, marks: readonly Mark[], context: number, style: MarkStyle): Excerpt[] {
  const out: Excerpt[] = [];
  const position = lineCounter(text);
  let i = 0;
  while (i < marks.length) {
    const first = marks[i]!;
    let j = i;
    while (j + 1 < marks.length && marks[j + 1]!.start - marks[j]!.end <= 2 * context) j++;
    const from = Math.max(0, first.start - context);
    const to = Math.min(text.length, marks[j]!.end + 1 + context);
    let body = from > 0 ? '…' : '';
    let at = from;
    for (const m of marks.slice(i, j + 1)) {
      body += showControls(text.slice(at, m.start), false) + renderMark(text, m, style, false);
      at = m.end + 1;
    }
    body += showControls(text.slice(at, to), false) + (to < text.length ? '…' : '');
    out.push({ ...position(first.start), text: body });
    i = j + 1;
  }
  return out;
}

/** Line and column (1-based) of increasing offsets, counting each newline once in all. */
function lineCounter(text: string): (offset: number) => { line: number; column: number } {
  let at = 0;
  let line = 1;
  let lineStart = 0;
  return (offset) => {
    for (; at < offset; at++) {
      if (text.charCodeAt(at) === 10) {
        line++;
        lineStart = at + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  };
}
