/**
 * The FilterCriteria flags every `events` command shares (`--source`, `--raised-quota`), read into
 * `@arbiter/event-pattern`'s options in one place, with the package's own quota constants.
 */
import { DEFAULT_MAX_FILTERS, RAISED_MAX_FILTERS, type EventSourceKind, type FilterCriteriaOptions } from '@arbiter/event-pattern';

export interface CriteriaFlags {
  source?: EventSourceKind;
  raisedQuota?: boolean;
}

/** Filters allowed per mapping: Lambda's quota, or the raised one with `--raised-quota`. */
export const maxFiltersOf = (flags: CriteriaFlags): number => (flags.raisedQuota ? RAISED_MAX_FILTERS : DEFAULT_MAX_FILTERS);

/** `validateFilterCriteria` options from the flags. */
export const criteriaOptions = (flags: CriteriaFlags): FilterCriteriaOptions => ({ ...(flags.source ? { source: flags.source } : {}), maxFilters: maxFiltersOf(flags) });
