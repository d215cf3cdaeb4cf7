/**
 * The public scanning API: pick identifiers by name (managed) or definition (custom), then scan
 * raw message text. Offsets are AWS's: 0-based start, inclusive end, in UTF-16 code units of the
 * raw body (JSON escapes count as written). JSON messages also get the pointer of each finding.
 */
import { Arg, ArgumentCodes, checkArgument, diagnostic, fail, ok, readOptions, type Check, type Diagnostic, type OptionSpec, type Result } from '@arbiter/ir';
import { limitScan, readScanLimits, type ScanLimits } from './scan-limits.js';
import { compileCustomIdentifiers, type CustomIdentifierSpec } from '../identifiers/custom.js';
import { findManagedIdentifier, managedIdentifierNames } from '../identifiers/registry.js';
import { compileScanner } from './compiled.js';
import { customDetector, managedDetector, sortFindings, type Detector, type Finding } from './detector.js';
import { indexJsonLeaves } from './json-leaves.js';
import { scanReference } from './reference.js';
import { isBytes, textOfBytes } from '@arbiter/ir';
import { DpCodes } from '../codes.js';
import { toCodePointOffsets, type OffsetUnit } from './offsets.js';

export type ScanMode = 'reference' | 'compiled';

export interface ScanOptions {
  /** Managed identifier names or ARNs; default: every managed identifier. */
  identifiers?: readonly string[];
  /** Custom identifiers (`{name, regex}`), validated and compiled with RE2. */
  custom?: readonly CustomIdentifierSpec[];
  /** `compiled` (default) or the slow, obviously-right `reference` scanner. */
  mode?: ScanMode;
  /** Include the matched text in each finding. Default false. */
  includeText?: boolean;
  /** Units of `start`/`end`: UTF-16 code units (default; `text.slice(start, end + 1)`) or code points. */
  offsets?: OffsetUnit;
  /** Bounds on one message: size, findings, regex work (see `ScanLimits`; defaults from `DEFAULT_LIMITS`). */
  limits?: ScanLimits;
}

export interface Scanner {
  /** The identifier names this scanner reports. */
  names: string[];
  /**
   * Scans one message body (text, or the UTF-8 bytes it arrived in: same findings); never throws.
   * Within the limits; use `scanChecked` to learn that one was reached.
   */
  scan(text: string | Uint8Array): Finding[];
  /**
   * `scan` that reports the limits: a message over `maxBytes` fails with `input.too-large`; more
   * than `maxFindings` findings, or custom identifiers out of `maxWorkPerMessage`, give the
   * findings found within the limit and a `limit.findings` / `limit.work` warning.
   */
  scanChecked(text: string | Uint8Array): Result<Finding[]>;
}

const SCAN_OPTION_SPEC: OptionSpec<ScanOptions> = {
  identifiers: Arg.arrayOf(Arg.string),
  custom: Arg.array as Check<readonly CustomIdentifierSpec[]>,
  mode: Arg.oneOf('reference', 'compiled'),
  includeText: Arg.boolean,
  offsets: Arg.oneOf('utf-16', 'code-points'),
  limits: Arg.any<ScanLimits>(),
};

/** Reads the options once (a JavaScript caller's `null`, wrong types and throwing getters are diagnostics). */
function readScanOptions(given: unknown): Result<ScanOptions> {
  const read = readOptions(given, SCAN_OPTION_SPEC);
  if (!read.ok) return read;
  const limits = readScanLimits(read.value.limits);
  if (!limits.ok) return limits;
  if (!read.value.custom) return read;
  const custom: CustomIdentifierSpec[] = [];
  const diagnostics: Diagnostic[] = [];
  read.value.custom.forEach((entry, i) => {
    const name = `custom.${i}`;
    const problems = checkArgument(entry, Arg.object, name);
    const spec = problems.length === 0 ? readOptions(entry, { name: Arg.string, regex: Arg.string }, name) : undefined;
    if (spec && !spec.ok) problems.push(...spec.diagnostics);
    else if (spec?.ok && (spec.value.name === undefined || spec.value.regex === undefined)) {
      problems.push(diagnostic(ArgumentCodes.wrongType, 'input', `/custom/${i}`, `\`${name}\` needs a string \`name\` and a string \`regex\``));
    } else if (spec?.ok) custom.push(spec.value);
    diagnostics.push(...problems);
  });
  return diagnostics.length > 0 ? fail(diagnostics) : ok({ ...read.value, custom });
}

/** Resolves identifiers once, for scanning many messages. */
export function createScanner(given: ScanOptions = {}): Result<Scanner> {
  const read = readScanOptions(given);
  if (!read.ok) return read;
  const options = read.value;
  const diagnostics: Diagnostic[] = [];
  const detectors: Detector[] = [];
  (options.identifiers ?? managedIdentifierNames()).forEach((name, i) => {
    const id = findManagedIdentifier(name);
    if (id) detectors.push(managedDetector(id));
    else diagnostics.push(diagnostic(DpCodes.unknownIdentifier, 'input', `/identifiers/${i}`, `unknown managed data identifier \`${name}\``));
  });
  if (options.custom && options.custom.length > 0) {
    const custom = compileCustomIdentifiers(options.custom, '/custom');
    if (!custom.ok) diagnostics.push(...custom.diagnostics.map((d) => ({ ...d, document: 'input' as const })));
    else detectors.push(...custom.value.map(customDetector));
  }
  if (diagnostics.length > 0) return fail(diagnostics);
  const compiled = options.mode === 'reference' ? undefined : compileScanner(detectors);
  const includeText = options.includeText ?? false;
  const codePoints = options.offsets === 'code-points';
  const limits = readScanLimits(options.limits);
  const scanOne = (text: string): Finding[] => {
    const leaves = indexJsonLeaves(text);
    const found = compiled ? compiled.scan(text, leaves) : scanReference(text, detectors, leaves);
    if (includeText) for (const f of found) f.text = text.slice(f.start, f.end + 1);
    return sortFindings(found);
  };
  const scanChecked = (body: string | Uint8Array): Result<Finding[]> => {
    const text = isBytes(body) ? textOfBytes(body) : body;
    if (typeof text !== 'string' || text.length === 0) return ok([]);
    const limited = limitScan(text, limits.ok ? limits.value : {}, scanOne);
    if (!limited.ok || !codePoints) return limited;
    return { ...limited, value: toCodePointOffsets(text, limited.value) };
  };
  return ok({
    names: detectors.map((d) => d.name),
    scan: (body) => {
      const r = scanChecked(body);
      return r.ok ? r.value : [];
    },
    scanChecked,
  });
}

const TEXT: Check<string | Uint8Array> = { what: 'a string or a Uint8Array', accept: (v: unknown): v is string | Uint8Array => typeof v === 'string' || v instanceof Uint8Array };

/** Scans `text` for the chosen identifiers: `scanText('SSN: 123-12-1234', {identifiers: ['Ssn-US']})`. */
export function scanText(text: string | Uint8Array, options: ScanOptions = {}): Result<Finding[]> {
  const given = checkArgument(text, TEXT, 'text');
  if (given.length > 0) return fail(given);
  const scanner = createScanner(options);
  return scanner.ok ? scanner.value.scanChecked(text) : scanner;
}
