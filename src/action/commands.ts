import type { UserApi } from '../core/anyscale.ts';
import type { AdminCreateUser, User } from '../core/models.ts';
import type { BatchCreateReport } from '../core/operations/batch-create.ts';
import type { Logger } from '../core/logger.ts';
import type { ActionInputs } from './inputs.ts';

/** What a command produced, before it is rendered into outputs and the job summary. */
export type CommandOutcome =
  | { command: 'list'; users: User[] }
  | { command: 'get'; user: User }
  | { command: 'batch-create'; report: BatchCreateReport; users: AdminCreateUser[] };

/** Runs the chosen command through core; every rule (paging, skipping, dry runs) is core's. */
export async function runCommand(
  api: UserApi,
  inputs: ActionInputs,
  users: AdminCreateUser[],
  signal: AbortSignal,
  logger: Logger,
): Promise<CommandOutcome> {
  const filters = {
    email: inputs.email,
    name: inputs.name,
    collaborator_type: inputs.collaboratorType,
    is_service_account: inputs.isServiceAccount,
  };
  switch (inputs.command) {
    case 'list': {
      const params = { ...filters, max_items: inputs.maxItems, page_size: inputs.pageSize };
      return { command: 'list', users: await api.list(params, { signal }).toArray() };
    }
    case 'get':
      return { command: 'get', user: await api.get(filters, { signal }) };
    case 'batch-create': {
      const report = await api.adminBatchCreate(users, {
        chunkSize: inputs.chunkSize,
        concurrency: inputs.concurrency,
        skipExisting: inputs.skipExisting,
        dryRun: inputs.dryRun,
        signal,
        onChunk: (p) => logger.info(`Chunk ${p.chunk} of ${p.chunks} done: ${p.done} of ${p.total} users sent.`),
      });
      return { command: 'batch-create', report, users };
    }
  }
}
