import { join } from 'node:path';
import { loadLocalOrg, MAX_LATENCY_MS, startLocalOrgFor } from '../local/connect.ts';
import { integerOption, stringOption } from './args.ts';
import type { CommandContext } from './context.ts';
import { UsageError } from './usage-error.ts';

/** A fixed default, so a restarted org (with --data) keeps the host that scripts point at. */
export const DEFAULT_LOCAL_PORT = 8400;

function startFailure(error: unknown, port: number): unknown {
  if (((error as Error).cause as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE') {
    return new UsageError(`port ${port} is already in use; choose another with --port (0 picks a free one).`, 'local serve');
  }
  return error;
}

function waitForAbort(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * `anyscale-users local serve`: the local org in the foreground, until Ctrl-C or SIGTERM. It prints
 * the owner token on purpose: it is a throwaway token for an org on loopback, and the person who
 * started it needs it to use the org.
 */
export async function runLocalServe(context: CommandContext): Promise<number> {
  const { values, terminal, command } = context;
  const dataDir = stringOption(values, 'data');
  const port = integerOption(values, 'port', command, { min: 0, max: 65_535 }) ?? DEFAULT_LOCAL_PORT;
  const chaosSpec = stringOption(values, 'chaos');
  // The org's own bound, checked here so that a bad value fails before the org loads.
  const latencyMs = integerOption(values, 'latency-ms', command, { min: 0, max: MAX_LATENCY_MS }) ?? 0;
  const { parseChaosSpec } = await loadLocalOrg();
  let chaos;
  try {
    chaos = chaosSpec === undefined ? undefined : parseChaosSpec(chaosSpec);
  } catch (error) {
    throw new UsageError(`Invalid value for '--chaos': ${(error as Error).message}`, command);
  }

  let org;
  try {
    // The org's own start-up line would repeat what is printed below; it stays for --debug.
    org = await startLocalOrgFor({ dataDir, port, chaos, latencyMs, logger: { ...context.logger, info: context.logger.debug } });
  } catch (error) {
    throw startFailure(error, port);
  }
  try {
    // The tokens are shown once, when the org is made; afterwards they are in their files.
    const showTokens = org.created || dataDir === undefined;
    if (values.json === true) {
      const tokens = showTokens
        ? { owner_token: org.ownerToken, collaborator_token: org.collaboratorToken }
        : { owner_token_file: join(dataDir, 'owner-token'), collaborator_token_file: join(dataDir, 'collaborator-token') };
      terminal.out.write(`${JSON.stringify({ url: org.url, ...tokens, created: org.created })}\n`);
    } else {
      const kept = dataDir === undefined ? 'in memory: gone when this stops' : `${org.created ? 'created' : 'reopened'} in ${dataDir}`;
      const tryIt =
        dataDir === undefined
          ? `ANYSCALE_HOST=${org.url} ANYSCALE_CLI_TOKEN=${org.ownerToken} anyscale-users list`
          : `anyscale-users list --host ${org.url} --token-file ${join(dataDir, 'owner-token')}`;
      terminal.out.write(
        [
          `Local Anyscale org listening (${kept}).`,
          `  host:        ${org.url}`,
          showTokens ? `  owner token: ${org.ownerToken}` : `  owner token: in ${join(dataDir, 'owner-token')}`,
          'Try it from another terminal:',
          `  ${tryIt}`,
          'Press Ctrl-C to stop.',
          '',
        ].join('\n'),
      );
    }
    await waitForAbort(context.signal);
    return 0;
  } finally {
    await org.close();
  }
}
