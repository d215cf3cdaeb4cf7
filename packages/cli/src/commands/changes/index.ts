/**
 * `arbiter validate --base REF` / `--base-file OLD`: for every file validated, the filter policies
 * and event patterns that changed since the base, each with whether it now lets more through.
 * The findings join the file's validation findings (text, JSON and SARIF alike).
 */
import type { FilterPolicyScope } from '@arbiter/sns-filter';
import type { CliIo } from '../../io.js';
import type { PolicyLanguage } from '../../templates/check-policy.js';
import { sortFindings } from '../../templates/findings.js';
import { loadDocument, type FileResult } from '../../templates/validate-file.js';
import { compareVersions } from './compare.js';
import { policyGroups, type FileGroups } from './policy-groups.js';
import { baseLabel, readBase, type BaseSource } from './read-base.js';

export { ChangeCodes } from './compare.js';
export { checkRef, type BaseSource } from './read-base.js';

export interface ChangeOptions {
  kind?: PolicyLanguage;
  scope: FilterPolicyScope;
}

function groupsOf(file: string, text: string, options: ChangeOptions): { groups: FileGroups; doc: ReturnType<typeof loadDocument> } {
  const doc = loadDocument(file, text.replace(/^\uFEFF/, ''));
  const groups = doc.ok ? policyGroups(doc.value, options) : { groups: new Map(), resources: new Set<string>(), skipped: 0 };
  return { groups, doc };
}

/** Adds the change findings of `result` (the file as validated, with its current `text`). */
export function addChangeFindings(io: CliIo, result: FileResult, text: string, base: BaseSource, options: ChangeOptions): void {
  const oldText = readBase(io, result.file, base);
  // A file new since the base holds no changed policy; a version that does not load is reported by validation.
  if (oldText === undefined) return;
  const after = groupsOf(result.file, text, options);
  if (!after.doc.ok) return;
  const before = groupsOf(base.kind === 'file' ? base.path : result.file, oldText, options);
  if (!before.doc.ok) return;
  const found = compareVersions(before.groups, after.groups, { file: result.file, doc: after.doc.value, base: baseLabel(base) });
  if (found.length > 0) result.findings = sortFindings([...result.findings, ...found]);
}
