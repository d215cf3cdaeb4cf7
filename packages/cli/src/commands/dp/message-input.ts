/** What a person should know about a message before trusting offsets in it. */

/** Warnings about text that is probably not a UTF-8 message (binary data, invalid bytes). */
export function describeInputQuirks(text: string): string[] {
  const out: string[] = [];
  if (text.includes('\u0000')) out.push('contains NUL characters: this looks like binary data, scanned as text');
  const replaced = countChar(text, '\ufffd');
  if (replaced > 0) out.push(`contains ${replaced} U+FFFD character(s): bytes that are not valid UTF-8 are read as U+FFFD, and offsets count the decoded text`);
  return out;
}

function countChar(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1)) n++;
  return n;
}
