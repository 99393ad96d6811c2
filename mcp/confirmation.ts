import {
  CLIENT_CAPABILITIES_META_KEY,
  inputRequired,
  inputResponse,
  type ClientCapabilities,
  type InputRequiredResult,
  type McpServer,
  type ServerContext,
} from '@modelcontextprotocol/server';
import type { BatchPlan } from './plan.ts';

/**
 * Asking the person at the client to confirm a batch, by a form the client shows (elicitation).
 * On the 2026-07-28 protocol the tool returns the form as an `input_required` result and the
 * client calls again with the answer; on older protocols the SDK turns the same result into a
 * pushed elicitation request and re-enters the handler. Either way the handler is written once.
 */
const CONFIRM_KEY = 'confirm';
const EMAILS_SHOWN = 3;

/**
 * Whether this client declared form elicitation: on the request itself (2026-07-28), else at
 * initialize (older protocols). A stateless HTTP request on an older protocol saw no initialize,
 * so it counts as not supported, and confirmation falls back to confirm_plan_id.
 */
export function clientSupportsForms(ctx: ServerContext, server: McpServer): boolean {
  const envelope = ctx.mcpReq.envelope as Record<string, unknown> | undefined;
  const declared = (envelope?.[CLIENT_CAPABILITIES_META_KEY] as ClientCapabilities | undefined) ?? server.server.getClientCapabilities();
  const elicitation = declared?.elicitation;
  // A bare `elicitation: {}` predates modes and means form support.
  return elicitation !== undefined && (elicitation.form !== undefined || Object.keys(elicitation).length === 0);
}

/** For a person's eyes: printable, short, so an odd address cannot reshape the question. */
function displayEmail(email: string | undefined): string {
  return (email ?? '(no email)').replace(/[^\x20-\x7E]/g, '?').slice(0, 80);
}

function confirmationQuestion(plan: BatchPlan): string {
  const toCreate = plan.entries.filter((entry) => entry.status === 'would_create');
  const shown = toCreate.slice(0, EMAILS_SHOWN).map((entry) => displayEmail(entry.email));
  const more = toCreate.length - shown.length;
  return [
    `Create ${toCreate.length} new Anyscale user account(s)? Each one gets access to the organization.`,
    `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
    ...(plan.counts.exists > 0
      ? [`${plan.counts.exists} already exist and will be ${plan.skipExisting ? 'skipped' : 'reported as failed'}.`]
      : []),
    `Plan ${plan.planId}.`,
  ].join('\n');
}

export function askToConfirm(plan: BatchPlan, requestState: string): InputRequiredResult {
  return inputRequired({
    inputRequests: {
      [CONFIRM_KEY]: inputRequired.elicit({
        mode: 'form',
        message: confirmationQuestion(plan),
        requestedSchema: {
          type: 'object',
          properties: {
            confirm: {
              type: 'boolean',
              title: `Create ${plan.counts.would_create} user(s)`,
              description: 'Tick to create these users. Decline, or leave it unticked, to create nothing.',
            },
          },
          required: ['confirm'],
        },
      }),
    },
    requestState,
  });
}

export type ConfirmationAnswer = 'confirmed' | 'declined' | 'no_answer';

/** The person's answer, from the call that carries it. Anything but an explicit yes is a no. */
export function confirmationAnswer(ctx: ServerContext): ConfirmationAnswer {
  const view = inputResponse(ctx.mcpReq.inputResponses, CONFIRM_KEY);
  if (view.kind !== 'elicit') return 'no_answer';
  return view.action === 'accept' && view.content?.confirm === true ? 'confirmed' : 'declined';
}
