/**
 * Analysis pane: two SNS filter policies (either scope) or two EventBridge patterns → how the
 * messages/events NEW lets through relate to OLD's, with a witness for each part (replayed through
 * the evaluator by @arbiter/analysis before it is shown). Undecided parts say why.
 */
import type { Diagnostic, Result } from '@arbiter/ir';
import { diffEventPatterns, diffFilterPolicies, type Comparison, type Relation } from '@arbiter/analysis';
import type { PlaygroundState } from '../state.js';
import { invalid, placeDiagnostic } from './place.js';
import type { PaneResult } from './types.js';

export const ANALYSIS_LANGUAGES = ['SNS MessageAttributes', 'SNS MessageBody', 'EventBridge'] as const;

const SAYS: Record<Relation, string> = {
  equivalent: 'Equivalent: NEW lets through exactly what OLD does',
  narrower: 'Narrower: NEW lets through a strict subset of what OLD does',
  broader: 'Broader: NEW lets through everything OLD does, and more',
  overlapping: 'Overlapping: each lets through something the other does not',
  disjoint: 'Disjoint: nothing is let through by both',
  'old-empty': 'OLD lets nothing through; NEW does',
  'new-empty': 'NEW lets nothing through; OLD does',
  'both-empty': 'Neither lets anything through',
  unknown: 'Undecided: the analysis could not settle every part',
};

function diffOf(input: PlaygroundState['analysis']): Result<Comparison<unknown>> {
  if (input.language === 'EventBridge') return diffEventPatterns(input.old, input.new);
  const scope = input.language === 'SNS MessageBody' ? 'MessageBody' : 'MessageAttributes';
  return diffFilterPolicies(input.old, input.new, { scope });
}

export function analysisVerdict(input: PlaygroundState['analysis']): PaneResult {
  const result = diffOf(input);
  if (!result.ok) {
    const place = (d: Diagnostic) => {
      const doc = d.params?.policy === 'new' ? 'new' : 'old';
      return placeDiagnostic(doc, doc === 'new' ? input.new : input.old, d);
    };
    return invalid('A policy is invalid', result.diagnostics.map(place));
  }
  const diff = result.value;
  const noun = input.language === 'EventBridge' ? 'An event' : 'A message';
  const details: string[] = [];
  const show = (label: string, w: unknown) => w !== null && details.push(`${label}: ${JSON.stringify(w)}`);
  show(`${noun} only OLD lets through`, diff.witnesses.onlyOld);
  show(`${noun} only NEW lets through`, diff.witnesses.onlyNew);
  show(`${noun} both let through`, diff.witnesses.both);
  for (const [part, why] of Object.entries(diff.unknown)) details.push(`Undecided (${part}): ${why}`);
  return { verdict: { tone: diff.relation === 'equivalent' ? 'pass' : 'fail', headline: SAYS[diff.relation], details }, marks: [], diagnostics: [] };
}
