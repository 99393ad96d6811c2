import { canCreateUsers } from '../src/core/operations/get-user-info.ts';
import { isAnyscaleError } from '../src/core/errors.ts';
import type { Logger } from '../src/core/logger.ts';
import type { UserInfo } from '../src/core/operations/get-user-info.ts';
import type { AnyscaleSource } from './anyscale-source.ts';
import type { ToolName } from './tool-names.ts';

export interface ToolOffer {
  tools: readonly ToolName[];
  /** Said in the server's instructions when a tool was held back, so the model can tell the user. */
  note: string | undefined;
}

/** A start that waits on a slow network would make hosts give up on the server; past this, offer all. */
const START_CHECK_MS = 3_000;

/**
 * Asks once at start who the token belongs to, and holds batch_create_users back from a token
 * that cannot create users: a model offered a tool that can only fail would try it anyway. When
 * the check itself fails, nothing is held back on a guess; the tools report the error.
 */
export async function offerTools(source: AnyscaleSource, tools: readonly ToolName[], logger: Logger): Promise<ToolOffer> {
  if (source.userInfo === undefined || !tools.includes('batch_create_users')) return { tools, note: undefined };
  let info: UserInfo;
  try {
    info = await source.userInfo(AbortSignal.timeout(START_CHECK_MS));
  } catch (error) {
    if (!isAnyscaleError(error)) throw error;
    logger.warn(`Could not check what the token may do (${error.code}): ${error.message}`);
    return { tools, note: undefined };
  }
  if (canCreateUsers(info) !== false) return { tools, note: undefined };
  const who = info.email ?? info.id ?? 'the token';
  const level = info.organization_permission_level;
  logger.info(
    `Not offering batch_create_users: ${who} is ${level === undefined ? 'not' : `a ${level}, not`} an owner of the organization.`,
  );
  return {
    tools: tools.filter((name) => name !== 'batch_create_users'),
    note: `batch_create_users is not offered: the configured token belongs to ${who}, whose level in the organization is '${level}', and only an owner can create users. To add users, use an owner's token.`,
  };
}
