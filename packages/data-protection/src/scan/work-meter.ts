/**
 * The regex work one scan may spend (`limits.maxWorkPerMessage`). Custom identifier matchers are
 * compiled once and shared by every scan, so the meter of the scan in progress is reached through
 * `activeMeter` (set by `withMeter` around one synchronous scan) rather than through each matcher.
 */
export class WorkMeter {
  used = 0;
  exhausted = false;
  constructor(readonly limit: number) {}

  /** Charges `chars` characters handed to the regex engine; false (and no charge) once the limit would be passed. */
  spend(chars: number): boolean {
    if (this.exhausted || this.used + chars > this.limit) {
      this.exhausted = true;
      return false;
    }
    this.used += chars;
    return true;
  }
}

let active: WorkMeter | undefined;

/** The meter of the scan in progress, if any. */
export function activeMeter(): WorkMeter | undefined {
  return active;
}

/** Runs one synchronous scan with `meter` active. */
export function withMeter<T>(meter: WorkMeter, scan: () => T): T {
  const previous = active;
  active = meter;
  try {
    return scan();
  } finally {
    active = previous;
  }
}
