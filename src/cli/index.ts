// The `anyscale-users` bin. Everything lives in main.ts; this file only ties it to the process.
import { main } from './main.ts';

// `anyscale-users list | head` closes stdout early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
