import type { McpServer } from '@modelcontextprotocol/server';
import * as z from 'zod';
import { AnyscaleError } from '../../src/core/errors.ts';
import { failure } from '../failures.ts';
import { failed, guarded, safeId, success } from '../results.ts';
import type { ToolDeps } from '../tool-deps.ts';
import { UserOutput, userOutput } from '../user-output.ts';

const description = `Look up one member of the Anyscale organization (a person or a service account) by exact email (case-insensitive) or exact display name. Give email, name, or both (both must then match).

Returns the member's email, name, user_id, permission_level (owner or collaborator) and created_at. When nobody matches, the result is an error with code NOT_FOUND: check the spelling, or search with list_users and its name filter. Use list_users to browse or count members. This tool only reads.`;

const inputSchema = z
  .object({
    email: z.string().min(1).optional().describe('Exact email of the member (case-insensitive).'),
    name: z.string().min(1).optional().describe('Exact display name of the member.'),
  })
  .strict();

const outputSchema = z.object({ user: UserOutput });

export function registerGetUser(server: McpServer, deps: ToolDeps): void {
  server.registerTool(
    'get_user',
    {
      title: 'Look up one organization member',
      description,
      inputSchema,
      outputSchema,
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    },
    guarded('get_user', deps, async (args, ctx) => {
      if (args.email === undefined && args.name === undefined) {
        return failed(failure('VALIDATION', { message: 'Give email or name (or both).' }));
      }
      try {
        const user = userOutput(await deps.users().get(args, { signal: ctx.mcpReq.signal }));
        return success({ user }, `Found 1 member${user.user_id ? `, user id ${safeId(user.user_id)}` : ''}.`);
      } catch (error) {
        if (error instanceof AnyscaleError && error.code === 'NOT_FOUND') {
          return failed(failure('NOT_FOUND', { message: 'No member of the organization matches that email or name.' }));
        }
        throw error;
      }
    }),
  );
}
