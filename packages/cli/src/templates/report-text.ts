/** Text output: one `file:line:col severity code message` line per finding, then the summary. */
import type { Finding } from './findings.js';
import { formatSummary, type ValidateSummary } from './summary.js';

export function formatFinding(f: Finding): string {
  const where = f.resource ? ` [${f.resource}${f.policyPointer !== undefined ? ` ${f.policyPointer || '(policy root)'}` : ''}]` : '';
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}${where}${f.help ? `\n    help: ${f.help}` : ''}`;
}

export function formatTextReport(findings: readonly Finding[], summary: ValidateSummary): string {
  const lines = findings.map(formatFinding);
  if (summary.unrecognised.length) {
    const shown = summary.unrecognised.slice(0, 5).join(', ') + (summary.unrecognised.length > 5 ? ', …' : '');
    lines.push(`note: ${summary.unrecognised.length} file(s) are neither a template nor a recognisable policy and were not checked: ${shown}`);
  }
  lines.push(formatSummary(summary));
  return lines.join('\n') + '\n';
}
