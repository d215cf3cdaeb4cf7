/**
 * Event pattern pane: an EventBridge pattern + event, or Lambda FilterCriteria + one record of an
 * event source → matched or not, the failing pattern field marked in the pattern and in the event.
 */
import { parseJsonSafe, type Diagnostic } from '@arbiter/ir';
import { compileEventPattern, compileFilterCriteria, type EventSourceKind } from '@arbiter/event-pattern';
import { rangeOfPointer, rangesOfDottedKey } from '../json-ranges.js';
import { failedKeyMarks } from './failed-key.js';
import type { PlaygroundState } from '../state.js';
import { invalid, placeDiagnostic } from './place.js';
import type { InlineDiagnostic, Mark, PaneResult } from './types.js';

export const EVENTBRIDGE = 'EventBridge';

export function eventsVerdict(input: PlaygroundState['events']): PaneResult {
  return input.target === EVENTBRIDGE ? eventBridgeVerdict(input) : lambdaVerdict(input, input.target as EventSourceKind);
}

function eventBridgeVerdict({ pattern, event }: PlaygroundState['events']): PaneResult {
  const compiled = compileEventPattern(pattern);
  const diagnostics = (compiled.ok ? compiled.warnings : compiled.diagnostics).map((d) => placeDiagnostic('pattern', pattern, d));
  if (!compiled.ok) return invalid('The event pattern is invalid', diagnostics);
  const decision = compiled.value.match(event);
  if (decision.diagnostics?.length) return invalid('The event is not usable', [...diagnostics, ...decision.diagnostics.map((d) => placeDiagnostic('event', event, d))]);
  if (decision.matched) return { verdict: { tone: 'pass', headline: 'Matched', details: ['Every field of the pattern matched the event.'] }, marks: [], diagnostics };
  const reason = decision.reason ?? 'no match';
  const failed = decision.failed;
  const marks = failed ? failedKeyMarks(failed, reason, { doc: 'pattern', text: pattern }, { doc: 'event', ranges: rangesOfDottedKey(event, failed.key) }) : [];
  const details = [reason];
  if (failed) details.push(`Failing field: ${failed.key} (pattern ${failed.path || '/'}), condition ${failed.condition}`);
  return { verdict: { tone: 'fail', headline: 'No match', details }, marks, diagnostics };
}

function lambdaVerdict({ pattern, event }: PlaygroundState['events'], source: EventSourceKind): PaneResult {
  const diagnostics: InlineDiagnostic[] = [];
  const criteria = parseJsonSafe(pattern, { document: 'policy' });
  const record = parseJsonSafe(event, { document: 'message' });
  if (!criteria.ok) diagnostics.push(...criteria.diagnostics.map((d) => placeDiagnostic('pattern', pattern, d)));
  if (!record.ok) diagnostics.push(...record.diagnostics.map((d) => placeDiagnostic('event', event, d)));
  if (!criteria.ok || !record.ok) return invalid('The inputs are not JSON', diagnostics);
  const compiled = compileFilterCriteria(criteria.value.value, source);
  const place = (d: Diagnostic): InlineDiagnostic => placeInCriteria(pattern, d);
  diagnostics.push(...(compiled.ok ? compiled.warnings : compiled.diagnostics).map(place));
  if (!compiled.ok) return invalid('The filter criteria are invalid', diagnostics);
  const decision = compiled.value.match(record.value.value);
  if (decision.diagnostics?.length) diagnostics.push(...decision.diagnostics.map((d) => placeDiagnostic('event', event, d)));
  const reason = decision.reason ?? '';
  if (!decision.matched) return { verdict: { tone: 'fail', headline: 'Record filtered out', details: reason ? reason.split('\n') : [] }, marks: [], diagnostics };
  const marks: Mark[] = [];
  if (decision.filter !== undefined) {
    const at = Array.isArray(criteria.value.value) ? `/${decision.filter}` : `/Filters/${decision.filter}`;
    const range = rangeOfPointer(pattern, at, true);
    if (range) marks.push({ doc: 'pattern', ...range, kind: 'decide', title: `filter ${decision.filter} matched` });
  }
  const which = decision.filter === undefined ? 'no filters: every record is passed' : `filter ${decision.filter} matched`;
  return { verdict: { tone: 'pass', headline: 'Record passed to the function', details: [`${source} record: ${which}`] }, marks, diagnostics };
}

/** A problem inside a filter's pattern carries its own pointer; use it when the pattern is written inline as an object. */
function placeInCriteria(text: string, d: Diagnostic): InlineDiagnostic {
  const inner = d.params?.patternPath;
  if (typeof inner === 'string' && rangeOfPointer(text, d.path + inner)) return placeDiagnostic('pattern', text, { ...d, path: d.path + inner });
  return placeDiagnostic('pattern', text, d);
}
