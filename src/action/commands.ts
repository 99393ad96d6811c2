import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { UserApi } from '../core/anyscale.ts';
import type { AdminCreateUser, User } from '../core/models.ts';
import type { BatchCreateReport } from '../core/operations/batch-create.ts';
import type { UsersPlan } from '../core/operations/plan-users.ts';
import type { Logger } from '../core/logger.ts';
import { exportToFile, type ExportedFile } from './export-file.ts';
import type { ActionInputs } from './inputs.ts';
import { workspaceFile } from './users-input.ts';

/** What a command produced, before it is rendered into outputs and the job summary. */
export type CommandOutcome =
  | { command: 'list'; users: User[] }
  | { command: 'get'; user: User }
  | { command: 'batch-create'; report: BatchCreateReport; users: AdminCreateUser[] }
  | { command: 'plan'; plan: UsersPlan }
  | { command: 'export'; exported: ExportedFile };

/** The change record's path; a record kept in a folder of its own does not need a step to make the folder. */
async function recordPath(inputs: Pick<ActionInputs, 'recordFile' | 'dryRun'>): Promise<string | undefined> {
  if (inputs.recordFile === undefined) return undefined;
  const path = workspaceFile(inputs.recordFile);
  if (!inputs.dryRun) await mkdir(dirname(path), { recursive: true });
  return path;
}

/** Runs the chosen command through core; every rule (paging, skipping, dry runs, plans) is core's. */
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
        expect_plan: inputs.expectPlan,
        record: await recordPath(inputs),
        signal,
        onChunk: (p) => logger.info(`Chunk ${p.chunk} of ${p.chunks} done: ${p.done} of ${p.total} users sent.`),
      });
      return { command: 'batch-create', report, users };
    }
    case 'plan':
      return { command: 'plan', plan: await api.plan(users, { include_service_accounts: inputs.includeServiceAccounts, signal }) };
    case 'export':
      return { command: 'export', exported: await exportToFile(api, inputs, signal) };
  }
}
