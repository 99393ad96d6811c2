/**
 * Runs a local org as its own process:
 *
 *   npx node src/local/main.ts [--data DIR] [--port N] [--host H] [--latency-ms N]
 *
 * Once listening it prints one JSON line to stdout for scripts and tests to read,
 * `{"url":…,"owner_token":…,"collaborator_token":…,"created":…}`; logs go to stderr.
 * SIGTERM or SIGINT closes it cleanly.
 */
import { parseArgs } from 'node:util';
import { stderrLogger } from '../core/logger.ts';
import { MAX_LATENCY_MS, startLocalOrg } from './index.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'latency-ms': { type: 'string', default: '0' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`error: --port must be a whole number from 0 to 65535, got '${values.port}'\n`);
  process.exit(2);
}

const latencyMs = Number(values['latency-ms']);
if (!/^\d+$/.test(values['latency-ms']) || latencyMs > MAX_LATENCY_MS) {
  process.stderr.write(`error: --latency-ms must be a whole number from 0 to ${MAX_LATENCY_MS}, got '${values['latency-ms']}'\n`);
  process.exit(2);
}

const org = await startLocalOrg({ dataDir: values.data, port, host: values.host, latencyMs, logger: stderrLogger() });
const { url, ownerToken, collaboratorToken, created } = org;
process.stdout.write(`${JSON.stringify({ url, owner_token: ownerToken, collaborator_token: collaboratorToken, created })}\n`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void org.close();
  });
}
