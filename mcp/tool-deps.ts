import type { RequestStateCodec } from '@modelcontextprotocol/server';
import type { UserApi } from '../src/core/anyscale.ts';
import type { Logger } from '../src/core/logger.ts';
import type { Redactor } from '../src/core/redact.ts';
import type { BatchResultStore } from './batch-results.ts';
import type { CursorCodec } from './cursor.ts';

/** What a confirmation round carries between the question and the answer: which plan was shown. */
export interface ConfirmationState {
  planId: string;
}

/** What every tool handler gets from the process that serves it, whatever the transport. */
export interface ToolDeps {
  /** The Anyscale user API; throws the start-up's configuration error when credentials are missing. */
  users: () => UserApi;
  logger: Logger;
  /** Knows the Anyscale token(s) in use; every tool result passes it (see guarded). */
  redactor: Redactor;
  /** False when the operator turned confirmation forms off (ANYSCALE_MCP_ELICITATION=off). */
  elicitation: boolean;
  /** Keys plan ids; one per process, so a plan id is good only on the server that issued it. */
  planKey: Uint8Array;
  /** Signs the plan id carried across a confirmation round, so a client cannot swap it. */
  confirmationState: RequestStateCodec<ConfirmationState>;
  /** Seals list_users cursors to their filters; one per process, like the plan key. */
  cursors: CursorCodec;
  /** Every user's result of recent big batches, behind the links their results carry. */
  batchResults: BatchResultStore;
}
