// The bundle's entry: everything lives in main.ts, so that tests and @github/local-action can
// import run() without starting a run.
import { run } from './main.ts';

await run();
