import { AnyscaleValidationError } from '../core/errors.ts';
import { annotateIssues } from './annotations.ts';
import { runCommand } from './commands.ts';
import { openOrg, type OpenOrg } from '../local/connect.ts';
import { failureOf, failureText } from './failure.ts';
import { readInputs, tokenInputs, type Command, type UsersSource } from './inputs.ts';
import { SecretMask } from './masking.ts';
import type { PlanCommentContent } from './pr-comment.ts';
import { ActionSink } from './sink.ts';
import { emptyOutputs, failureOutputs, outputsOf, verdictOf, type ActionOutputs } from './results.ts';
import { summarizeFailure, summarizeOutcome } from './summary.ts';
import { loadUsers, workspaceRoot, type LoadedUsers } from './users-input.ts';

/** Reads the users of a batch; problems in them become annotations on the file's lines. */
async function loadBatchUsers(source: UsersSource, sink: ActionSink, signal: AbortSignal): Promise<LoadedUsers> {
  try {
    return await loadUsers(source, workspaceRoot(), signal);
  } catch (error) {
    if (error instanceof AnyscaleValidationError) {
      annotateIssues(sink, error.issues, source.kind === 'file' ? error.issues.find((i) => i.file)?.file : undefined);
    }
    throw error;
  }
}

/** Cancelling the workflow sends SIGINT: a batch then stops between chunks and reports what it did. */
function abortOnCancel(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', abort);
      process.off('SIGTERM', abort);
    },
  };
}

/**
 * The action: read and check the inputs, run one command through core, and render its outputs,
 * job summary and annotations. Every output is set whatever happens, and the step fails through
 * ActionSink.failed with the error's code and message.
 */
export async function run(): Promise<void> {
  const secrets = new SecretMask();
  // Before anything can be logged: the runner masks only lines written after this.
  secrets.mask(tokenInputs());
  const sink = new ActionSink(secrets);
  let command: Command | undefined;
  let outputs: ActionOutputs = emptyOutputs();
  let connection: OpenOrg | undefined;
  const cancel = abortOnCancel();
  let comment: ((content: PlanCommentContent) => Promise<void>) | undefined;
  try {
    const inputs = readInputs();
    command = inputs.command;
    if (inputs.comment && inputs.command === 'plan') {
      const { token } = inputs.comment;
      const usersFile = inputs.users?.kind === 'file' ? inputs.users.path : undefined;
      comment = async (content) => {
        // Loaded only when asked for: the GitHub client is most of the bundle's size.
        const { commentPlan } = await import('./pr-comment.ts');
        await commentPlan(content, { token, usersFile, redactor: secrets.redactor, signal: cancel.signal });
      };
    }
    const batch = inputs.users && (await loadBatchUsers(inputs.users, sink, cancel.signal));
    // Parsed without logging anything, so every password is masked before its first chance to appear.
    secrets.mask(batch?.users.map((user) => user.password) ?? []);
    connection = await openOrg(inputs.connection, sink.logger);
    secrets.mask(connection.secrets);
    if (connection.local) sink.info(`Using ${connection.description}; nothing reaches Anyscale.`);
    const outcome = await runCommand(connection.anyscale.user, inputs, batch?.users ?? [], cancel.signal, sink.logger);
    outputs = outputsOf(outcome);
    const verdict = verdictOf(outcome);
    summarizeOutcome(outcome, verdict, outputs);
    await sink.summary();
    if (outcome.command === 'plan') await comment?.({ plan: outcome.plan });
    // A partly skipped batch succeeds, and says so where it is seen: as a notice on the run.
    if (verdict.ok) outputs.skipped.length > 0 ? sink.notice(verdict.message) : sink.info(verdict.message);
    else sink.failed(`${verdict.code}: ${verdict.message}`);
  } catch (error) {
    const failure = failureOf(error);
    outputs = failureOutputs(command, failure);
    summarizeFailure(command, failure);
    await sink.summary();
    // A plan that failed replaces the previous plan's comment: that plan no longer holds.
    await comment?.({ failure: failureText(failure) }).catch((why: unknown) =>
      sink.logger.warn(`Could not comment the failed plan: ${String(why)}`),
    );
    sink.failed(failureText(failure));
  } finally {
    cancel.dispose();
    sink.outputs(outputs);
    await connection?.close();
  }
}
