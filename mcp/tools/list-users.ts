import type { McpServer } from '@modelcontextprotocol/server';
import * as z from 'zod';
import { AnyscaleApiError } from '../../src/core/errors.ts';
import { COLLABORATOR_TYPES, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../src/core/operations/list-users.ts';
import { failure } from '../failures.ts';
import { failed, guarded, safeId, success } from '../results.ts';
import type { ToolDeps } from '../tool-deps.ts';
import { UserOutput, userOutput } from '../user-output.ts';

/** The API's own page size: 50 members come to a few thousand tokens, well below the ~25k hosts accept. */
export const DEFAULT_LIMIT = DEFAULT_PAGE_SIZE;

const description = `List the members of the Anyscale organization this server is connected to. Anyscale is a platform for running AI and Python (Ray) workloads; an organization is a company's account, and its members are people (users) and service accounts (machine identities).

Returns one page of members, each with email, name, user_id, permission_level (owner or collaborator) and created_at, plus total (how many match) and has_more. When has_more is true, next_cursor is set: call list_users again with the same filters and cursor set to next_cursor to get the next page. A cursor works only with the filters it came from, and only until the server restarts. Do not invent cursors.

Filters: email and name match exactly (email ignores case); collaborator_type picks people only, service accounts only, or both (the default); is_service_account filters the same way. Use get_user instead to look up one member by exact email or name. This tool only reads.`;

const inputSchema = z
  .object({
    email: z.string().min(1).optional().describe('Only the member with exactly this email (case-insensitive).'),
    name: z.string().min(1).optional().describe('Only members with exactly this display name.'),
    collaborator_type: z
      .enum(COLLABORATOR_TYPES)
      .optional()
      .describe('all_accounts (default), only_user_accounts (people) or only_service_accounts.'),
    is_service_account: z.boolean().optional().describe('true: only service accounts; false: only people.'),
    limit: z
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE_SIZE)
      .default(DEFAULT_LIMIT)
      .describe(`Members per page, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_LIMIT}).`),
    cursor: z.string().min(1).optional().describe('next_cursor from the previous list_users result; omit for the first page.'),
  })
  .strict();

const outputSchema = z.object({
  users: z.array(UserOutput),
  has_more: z.boolean().describe('True when more members match than this page holds.'),
  next_cursor: z.string().optional().describe('Pass as cursor to get the next page; absent on the last page.'),
  total: z.number().int().optional().describe('How many members match the filters in all.'),
});

export function registerListUsers(server: McpServer, deps: ToolDeps): void {
  server.registerTool(
    'list_users',
    {
      title: 'List organization members',
      description,
      inputSchema,
      outputSchema,
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    },
    guarded('list_users', deps, async (args, ctx) => {
      const { limit, cursor, ...filters } = args;
      const pagingToken = cursor === undefined ? undefined : deps.cursors.open(filters, cursor);
      if (cursor !== undefined && pagingToken === undefined) return failed(failure('INVALID_CURSOR'));
      let page;
      try {
        page = await deps.users().listPage({ ...filters, page_size: limit, paging_token: pagingToken }, { signal: ctx.mcpReq.signal });
      } catch (error) {
        // The API refuses a paging token it no longer accepts as a bad request.
        if (cursor !== undefined && error instanceof AnyscaleApiError && error.code === 'VALIDATION') {
          return failed(failure('INVALID_CURSOR'));
        }
        throw error;
      }
      const users = page.items.map(userOutput);
      const nextCursor = page.nextPagingToken !== null && users.length > 0 ? deps.cursors.seal(filters, page.nextPagingToken) : undefined;
      const structured = {
        users,
        has_more: nextCursor !== undefined,
        ...(nextCursor === undefined ? {} : { next_cursor: nextCursor }),
        ...(page.total === undefined ? {} : { total: page.total }),
      };
      const ids = users.flatMap((user) => (user.user_id ? [user.user_id] : []));
      const text =
        `${users.length} member(s)${page.total === undefined ? '' : ` of ${page.total}`}` +
        (ids.length > 0 ? `; user ids: ${ids.map(safeId).join(', ')}` : '') +
        (nextCursor === undefined ? '; this is the last page' : `; more remain, next_cursor: ${safeId(nextCursor)}`) +
        '. Emails and names are in the structured result.';
      return success(structured, text);
    }),
  );
}
