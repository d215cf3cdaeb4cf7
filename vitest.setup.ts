/**
 * Property tests run from one fixed seed by default, so `npm test` (and CI) answer the same on
 * every machine and a failure reproduces; `FC_SEED=<n>` picks another seed and `FC_SEED=random`
 * explores (the soak loop and `npm run fuzz` do that). A test's own `seed` still wins.
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_207;
const requested = process.env.FC_SEED;
if (requested !== 'random') {
  const seed = requested === undefined || requested === '' ? DEFAULT_SEED : Number(requested);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(requested)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
