/**
 * Every managed data identifier, by name and by ARN: this package's own (`managed/`) and the
 * country-specific ones (`managed/national/`).
 */
import { coreIdentifiers } from './managed/index.js';
import { nationalIdentifiers } from './managed/national/index.js';
import { withAwsKeywords } from './aws-table/index.js';
import { ARN_PREFIX, type ManagedIdentifier } from './types.js';

let byName: Map<string, ManagedIdentifier> | undefined;

function registry(): Map<string, ManagedIdentifier> {
  if (!byName) {
    byName = new Map();
    // The first definition of a name wins, so a duplicate cannot silently change behaviour.
    // Every identifier carries AWS's own keyword list (aws-table/) before its own additions.
    for (const id of [...coreIdentifiers, ...nationalIdentifiers]) {
      if (byName.has(id.name)) continue;
      const keywords = withAwsKeywords(id.name, id.keywords);
      byName.set(id.name, keywords === id.keywords ? id : { ...id, keywords });
    }
  }
  return byName;
}

/** All managed identifiers, in registration order. */
export function listManagedIdentifiers(): ManagedIdentifier[] {
  return [...registry().values()];
}

/** All managed identifier names (`Ssn-US`, `EmailAddress`, …), sorted. */
export function managedIdentifierNames(): string[] {
  return [...registry().keys()].sort();
}

/** The identifier name in a managed identifier ARN, or undefined when `arn` is not one. */
export function parseIdentifierArn(arn: string): string | undefined {
  return arn.startsWith(ARN_PREFIX) ? arn.slice(ARN_PREFIX.length) : undefined;
}

/** Looks a managed identifier up by name (`Ssn-US`) or ARN (`arn:aws:dataprotection::aws:data-identifier/Ssn-US`). */
export function findManagedIdentifier(nameOrArn: string): ManagedIdentifier | undefined {
  return registry().get(parseIdentifierArn(nameOrArn) ?? nameOrArn);
}
