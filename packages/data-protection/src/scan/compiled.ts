/**
 * The compiled scanner. Work is shared across detectors instead of repeated per identifier:
 * - one trie pass finds every keyword of every enabled identifier, so a keyword check is a binary
 *   search; keywords inside JSON member names come from the same pass (see `key-owners.ts`);
 * - a detector whose keywords occur nowhere (and that has no keyword-optional form) is skipped
 *   without running its pattern, as is one whose cheap `hint` fails on the text;
 * - each distinct pattern runs once for the detectors sharing it (the phone family), and only
 *   inside the windows where a finding can start: after a keyword, in a keyed JSON leaf, near an
 *   anchor character (`@`) or a keyword-optional start (`+`); see `candidates.ts`;
 * - checksums and other validation run only on candidates that passed the keyword rule.
 * The result equals the reference scanner's (property-tested).
 */
import { acceptCandidate } from './reference.js';
import type { Detector, Finding, Matcher } from './detector.js';
import type { JsonIndex } from './json-leaves.js';
import { buildKeywordTrie, findKeywordHits } from './keyword-index.js';
import { hasEndWithin } from './keyword-rules.js';
import { findCandidates, findCandidatesIn, windowLimit } from './candidates.js';
import { ownersByNode, ownersInAnyName } from './key-owners.js';
import { regexShape, type RegexShape } from './regex-shape.js';
import { WindowPlanner } from './run-windows.js';

export interface CompiledScanner {
  scan(text: string, index: JsonIndex | undefined): Finding[];
}

/** Detectors sharing one pattern, and what the windowed scan needs to know about it. */
interface Run {
  matcher: Matcher;
  shape: RegexShape | undefined;
  /** Identifies the shape's first-character test, so runs with the same one share its answer. */
  firstKey: string;
  members: number[];
}

function groupRuns(detectors: readonly Detector[]): Run[] {
  const runs = new Map<string, Run>();
  detectors.forEach((d, i) => {
    const matcher = d.matcher();
    const re = matcher as RegExp;
    const key = `${matcher instanceof RegExp ? 'js' : 're2'}/${re.source}/${re.flags}`;
    let run = runs.get(key);
    if (!run) {
      const shape = matcher instanceof RegExp ? regexShape(re.source, re.flags) : undefined;
      const firstKey = shape?.first ? `${shape.first.source}/${shape.first.flags}` : '';
      runs.set(key, (run = { matcher, shape, firstKey, members: [] }));
    }
    run.members.push(i);
  });
  return [...runs.values()];
}

const YES = (): boolean => true;
const NO = (): boolean => false;

/** Compiles detectors into a scanner. */
export function compileScanner(detectors: readonly Detector[]): CompiledScanner {
  // Anchor words are found by the keyword pass too, each detector's as one more owner after the detectors.
  const ownerKeywords: Array<readonly string[]> = detectors.map((d) => d.keywords);
  const wordAnchors = detectors.map((d) => {
    if (!d.anchorWords) return undefined;
    const { words, within } = d.anchorWords;
    return { owner: ownerKeywords.push(words) - 1, reach: within + Math.max(...words.map((w) => w.length)) };
  });
  const trie = buildKeywordTrie(ownerKeywords, detectors.length);
  const runs = groupRuns(detectors);
  const needsKeyword = detectors.map((d) => d.keywords.length > 0 && !d.keywordOptional);
  const runOf: number[] = [];
  runs.forEach((run, r) => run.members.forEach((i) => (runOf[i] = r)));
  // An anchor word selects its detector's run (always looked at anyway: it needs no keyword).
  wordAnchors.forEach((w, i) => w && (runOf[w.owner] = runOf[i]!));
  // Runs with a member that needs no keyword are looked at for every text; the others only when
  // the keyword pass found one of their members' keywords.
  const always = runs.map((run) => run.members.some((i) => !needsKeyword[i]));
  const NONE: readonly number[] = [];
  return {
    scan(text, index) {
      const hits = findKeywordHits(trie, text, windowLimit(text.length) + 1);
      const ends = hits.ends;
      const owners = index ? ownersByNode(index, hits, trie) : undefined;
      // Names are part of the raw text, so their keywords are in `ends` unless written with escapes.
      const inNames = index?.escapedKeys ? ownersInAnyName(owners!) : undefined;
      const planner = new WindowPlanner(text, index, ends, owners, wordAnchors);
      const findings: Finding[] = [];
      const selected = always.slice();
      for (const list of hits.hitOwners) for (const o of list) selected[runOf[o]!] = true;
      if (inNames) for (const o of inNames) selected[runOf[o]!] = true;
      // Hints shared by several detectors (one function object) are evaluated once.
      const hinted = new Map<(text: string) => boolean, boolean>();
      const startable = new Map<string, boolean>();
      for (let r = 0; r < runs.length; r++) {
        if (!selected[r]) continue;
        const run = runs[r]!;
        const active: number[] = [];
        for (const i of run.members) {
          if (needsKeyword[i] && ends[i]!.length === 0 && !inNames?.has(i)) continue;
          const hint = detectors[i]!.hint;
          if (!hint) {
            active.push(i);
            continue;
          }
          let passed = hinted.get(hint);
          if (passed === undefined) hinted.set(hint, (passed = hint(text)));
          if (passed) active.push(i);
        }
        if (active.length === 0) continue;
        // No character that can start a match (a digit pattern in a text without digits): no run.
        const first = run.shape?.first;
        if (first) {
          let present = startable.get(run.firstKey);
          if (present === undefined) startable.set(run.firstKey, (present = first.test(text)));
          if (!present) continue;
        }
        const windows = run.shape && planner.windowsOf(detectors, active, run.shape);
        const candidates = windows ? findCandidatesIn(run.matcher, run.shape!, text, windows, index) : findCandidates(run.matcher, text, index);
        const { starts, leaves } = candidates;
        // Each candidate's text, sliced once for all the detectors of the run (validators memoise by it).
        const texts: Array<string | undefined> = active.length > 1 ? new Array<string | undefined>(starts.length) : [];
        for (const i of active) {
          const d = detectors[i]!;
          const hasKeywords = d.keywords.length > 0;
          for (let k = 0; k < starts.length; k++) {
            const start = starts[k]!;
            const leaf = leaves[k]!;
            let near = false;
            if (hasKeywords) {
              near = hasEndWithin(ends[i]!, start, d.window) || (leaf >= 0 && (owners![index!.leafNode[leaf]!] ?? NONE).includes(i));
              // Far from every keyword and without a keyword-optional form: rejected without a look.
              if (!near && needsKeyword[i]) continue;
            }
            const end = candidates.ends[k]!;
            const candidate = active.length > 1 ? (texts[k] ??= text.slice(start, end)) : text.slice(start, end);
            const finding = acceptCandidate(d, text, start, end, index, leaf, near ? YES : NO, candidate);
            if (finding) findings.push(finding);
          }
        }
      }
      return findings;
    },
  };
}
