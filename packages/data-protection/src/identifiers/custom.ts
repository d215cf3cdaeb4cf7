/**
 * Custom data identifiers: `{Name, Regex}` from a policy, compiled with RE2 (linear time, so a
 * user's regex can never hang the scanner) through the regex interface in `regex-engine/`: the
 * `re2` binding in Node, `re2js` in browser bundles. Limits and character sets are AWS's [doc S2].
 */
import { defaultRegexEngine } from '#regex-engine';
import { isCompileError, type EngineRegex, type RegexEngine, type RegexMatcher } from './regex-engine/index.js';
import { diagnostic, joinPointer, resultOf, type Diagnostic, type Result } from '@arbiter/ir';
import { findManagedIdentifier } from './registry.js';

export const MAX_CUSTOM_IDENTIFIERS = 10;
export const MAX_CUSTOM_NAME_LENGTH = 128;
export const MAX_CUSTOM_REGEX_LENGTH = 200;
const NAME_CHARS = /^[A-Za-z0-9_-]+$/;
/** Alphanumerics, `_ # = @ / ; , -`, space and `^ $ ? [ ] { } | \ * + .` [doc S2]. */
const REGEX_CHARS = /^[A-Za-z0-9_#=@/;,\- ^$?[\]{}|\\*+.]+$/;

export interface CustomIdentifierSpec {
  name: string;
  regex: string;
}

export interface CustomIdentifier {
  name: string;
  regex: string;
  /** The compiled pattern (`matchAll` over a range, `test`). */
  compiled: EngineRegex;
  /** A stateful `g` matcher over it; use `lastIndex`/`exec` like a RegExp. */
  pattern: RegexMatcher;
}

/** Checks one custom identifier's name and regex; `at` is the pointer of the `{Name, Regex}` object. */
export function checkCustomIdentifier(spec: CustomIdentifierSpec, at: string, engine: RegexEngine = defaultRegexEngine): Diagnostic[] {
  const out: Diagnostic[] = [];
  const namePath = joinPointer(at, 'Name');
  const regexPath = joinPointer(at, 'Regex');
  if (spec.name.length === 0 || spec.name.length > MAX_CUSTOM_NAME_LENGTH) {
    out.push(diagnostic('dp.custom-name-length', 'policy', namePath, `custom data identifier name must be 1 to ${MAX_CUSTOM_NAME_LENGTH} characters, got ${spec.name.length}`));
  } else if (!NAME_CHARS.test(spec.name)) {
    out.push(diagnostic('dp.custom-name-characters', 'policy', namePath, `custom data identifier name \`${spec.name}\` may only contain letters, digits, \`_\` and \`-\``));
  } else if (findManagedIdentifier(spec.name)) {
    out.push(diagnostic('dp.custom-name-managed', 'policy', namePath, `custom data identifier name \`${spec.name}\` is the name of a managed data identifier`));
  }
  if (spec.regex.length === 0 || spec.regex.length > MAX_CUSTOM_REGEX_LENGTH) {
    out.push(diagnostic('dp.custom-regex-length', 'policy', regexPath, `custom data identifier regex must be 1 to ${MAX_CUSTOM_REGEX_LENGTH} characters, got ${spec.regex.length}`));
  } else if (!REGEX_CHARS.test(spec.regex)) {
    const bad = [...spec.regex].find((c) => !REGEX_CHARS.test(c)) ?? '';
    out.push(diagnostic('dp.custom-regex-characters', 'policy', regexPath, `custom data identifier regex contains the unsupported character \`${bad}\``, {
      help: 'allowed: letters, digits, space, _ # = @ / ; , - and ^ $ ? [ ] { } | \\ * + .',
    }));
  } else {
    const compiled = engine.compile(spec.regex);
    if (isCompileError(compiled)) {
      out.push(diagnostic('dp.custom-regex-invalid', 'policy', regexPath, `custom data identifier regex \`${spec.regex}\` does not compile: ${compiled.error}`));
    } else if (compiled.test('')) {
      out.push(diagnostic('dp.custom-regex-empty-match', 'policy', regexPath, `custom data identifier regex \`${spec.regex}\` matches the empty string`));
    }
  }
  return out;
}

/**
 * Validates and compiles custom identifiers; `at` is the pointer of their array in the document.
 * Names must be unique; at most {@link MAX_CUSTOM_IDENTIFIERS}. `engine` defaults to `re2` in Node
 * and `re2js` in browser bundles.
 */
export function compileCustomIdentifiers(
  specs: readonly CustomIdentifierSpec[],
  at = '/Configuration/CustomDataIdentifier',
  engine: RegexEngine = defaultRegexEngine,
): Result<CustomIdentifier[]> {
  const diagnostics: Diagnostic[] = [];
  if (specs.length > MAX_CUSTOM_IDENTIFIERS) {
    diagnostics.push(diagnostic('dp.custom-too-many', 'policy', at, `a policy may define at most ${MAX_CUSTOM_IDENTIFIERS} custom data identifiers, got ${specs.length}`));
  }
  const seen = new Set<string>();
  const compiled: CustomIdentifier[] = [];
  specs.forEach((spec, i) => {
    const path = joinPointer(at, i);
    const problems = checkCustomIdentifier(spec, path, engine);
    if (seen.has(spec.name)) {
      problems.push(diagnostic('dp.custom-name-duplicate', 'policy', joinPointer(path, 'Name'), `custom data identifier name \`${spec.name}\` is defined twice`));
    }
    seen.add(spec.name);
    diagnostics.push(...problems);
    const regex = problems.length === 0 ? engine.compile(spec.regex) : undefined;
    if (regex && !isCompileError(regex)) compiled.push({ name: spec.name, regex: spec.regex, compiled: regex, pattern: regex.matcher() });
  });
  return resultOf(compiled, diagnostics);
}
