/** Every tool this server can offer, and the ones that only read. */
export const TOOL_NAMES = ['list_users', 'get_user', 'batch_create_users'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

export const READ_ONLY_TOOLS: readonly ToolName[] = ['list_users', 'get_user'];

export function isToolName(name: string): name is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(name);
}
