/**
 * Property tests run from a fixed seed, so `npm test` (and CI) gives the same answer every time; `npm run test:fuzz`
 * runs them from fresh random seeds to look for new counterexamples. FC_SEED picks a seed: a number, or `random`.
 * A failure prints its seed and path; FC_SEED=<seed> reruns it.
 */
import fc from 'fast-check';

const SEED = 20261128;
const wanted = process.env.FC_SEED;
if (wanted !== 'random') fc.configureGlobal({ seed: wanted ? Number(wanted) : SEED });
