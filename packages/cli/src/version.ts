/**
 * `arbiter --version`: the versions of Arbiter's packages and of the data they carry, so a bug
 * report names exactly what decided. Data tables register in `DATA_SOURCES`.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { listManagedIdentifiers } from '@arbiter/data-protection';
import { REGION_TABLE_DATE, REGIONS_BY_PARTITION, serviceDataVersion } from '@arbiter/iam';

const PACKAGES = ['@arbiter/cli', '@arbiter/ir', '@arbiter/sns-filter', '@arbiter/data-protection', '@arbiter/iam', '@arbiter/event-pattern', '@arbiter/analysis'] as const;

/** A data table that decides answers: a name and a version (a count and a content fingerprint). */
export interface DataSource {
  name: string;
  version: () => string;
}

/** A short, stable fingerprint of a table's content. */
export function fingerprint(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12);
}

export const DATA_SOURCES: DataSource[] = [
  {
    name: 'managed data identifiers',
    version: () => {
      const ids = listManagedIdentifiers();
      const parts = ids.map((id) => `${id.name}\u0001${String(id.pattern)}\u0001${(id.keywords ?? []).join(',')}`);
      return `${ids.length} identifiers, sha256:${fingerprint(parts)}`;
    },
  },
  { name: 'IAM service authorization data', version: serviceDataVersion },
  {
    name: 'AWS Region table',
    version: () => {
      const entries = Object.entries(REGIONS_BY_PARTITION);
      const regions = entries.reduce((n, [, list]) => n + list.length, 0);
      return `${regions} Regions in ${entries.length} partitions (read ${REGION_TABLE_DATE}), sha256:${fingerprint(entries.map(([p, list]) => `${p}\u0001${list.join(',')}`))}`;
    },
  },
];

export interface VersionReport {
  arbiter: string;
  packages: Record<string, string>;
  data: Record<string, string>;
}

export function versionReport(): VersionReport {
  const require = createRequire(import.meta.url);
  const packages: Record<string, string> = {};
  for (const name of PACKAGES) packages[name] = (require(`${name}/package.json`) as { version: string }).version;
  const data: Record<string, string> = {};
  for (const source of DATA_SOURCES) data[source.name] = source.version();
  return { arbiter: packages['@arbiter/cli']!, packages, data };
}

/** The `--version` text: Arbiter's version on the first line, then packages and data. */
export function versionText(report: VersionReport = versionReport()): string {
  const lines = [`arbiter ${report.arbiter}`];
  for (const [name, v] of Object.entries(report.packages)) lines.push(`  ${name} ${v}`);
  for (const [name, v] of Object.entries(report.data)) lines.push(`  data: ${name}: ${v}`);
  return lines.join('\n');
}
