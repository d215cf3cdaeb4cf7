/**
 * The README's identifier table is generated from the registry and AWS's tables, so it cannot drift:
 * run with UPDATE_README=1 to rewrite it after changing an identifier.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { AWS_KEYWORDS, AWS_NO_KEYWORD, KEYWORD_OPTIONAL_BY_CHOICE } from '../src/identifiers/aws-table/index.js';
import { DIFFERENCES } from '../src/identifiers/aws-table/differences.js';
import { listManagedIdentifiers } from '../src/index.js';

const PAGE = { Credentials: 'credentials', Devices: 'devices', Financial: 'financial', Health: 'PHI', Personal: 'PII' } as const;

function table(): string {
  const rows = listManagedIdentifiers()
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((id) => {
      const aws = AWS_KEYWORDS[id.name] ?? [];
      const own = new Set(aws.map((k) => k.toLowerCase()));
      const added = (id.keywords ?? []).filter((k) => !own.has(k.toLowerCase()));
      const keywords = AWS_NO_KEYWORD.includes(id.name) ? 'none (AWS: No)' : id.name in KEYWORD_OPTIONAL_BY_CHOICE ? `${aws.length}, optional` : `${aws.length}, required`;
      const notes = [DIFFERENCES[id.name], id.note].filter(Boolean).join('; ');
      return `| \`${id.name}\` | ${id.category} (${PAGE[id.category]}) | ${keywords} | ${added.length > 0 ? `${added.length}: ${added.slice(0, 3).map((k) => `\`${k}\``).join(', ')}${added.length > 3 ? ', …' : ''}` : '–'} | ${id.validate ? 'yes' : '–'} | ${notes.replace(/\|/g, '\\|') || '–'} |`;
    });
  return ['| Identifier | Category (AWS page) | AWS keywords | Arbiter\'s added keyword forms | Check | Where Arbiter differs / notes |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

it("README lists every identifier with its source and differences (generated)", () => {
  const path = new URL('../README.md', import.meta.url).pathname;
  const readme = readFileSync(path, 'utf8');
  const start = '<!-- identifier-table:start -->\n';
  const end = '\n<!-- identifier-table:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  expect(i >= 0 && j > i).toBe(true);
  if (process.env['UPDATE_README'] === '1') writeFileSync(path, readme.slice(0, i + start.length) + table() + readme.slice(j));
  else expect(readme.slice(i + start.length, j)).toBe(table());
});
