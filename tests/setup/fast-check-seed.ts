import fc from 'fast-check';

// Every property test in a run uses the seed chosen in vite.config.ts (printed at the start of
// the run); a failure can be replayed with FC_SEED=<seed> npm run test:unit. fast-check also
// prints the seed and path of a failing case in its error message.
const seed = Number(process.env.FC_SEED);
if (Number.isInteger(seed)) fc.configureGlobal({ seed });
