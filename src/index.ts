/*
 * The library's public surface, pinned by the API report in etc/anyscale-users.api.md (npm test
 * fails when it changes without `npm run api:update`). It is what a script needs: the SDK-shaped
 * entry point, the operations as plain functions over a client, the models, the errors and the
 * users-file reader. Everything else under src/core/ is internal and may change.
 */
export { Anyscale, UserApi, type ListPageParams } from './core/anyscale.ts';
export {
  createClient,
  type AnyscaleClient,
  type AnyscaleClientOptions,
  type ClientStats,
  type CreateRequestOptions,
  type QueryValue,
  type RequestOptions,
} from './core/client.ts';
export type { ConfigOptions } from './core/config.ts';
export {
  AnyscaleApiError,
  AnyscaleError,
  AnyscaleNetworkError,
  AnyscaleRedirectError,
  AnyscaleValidationError,
  isAnyscaleError,
  type ErrorCode,
  type ValidationIssue,
} from './core/errors.ts';
export { AnyscaleResponseTooLargeError } from './core/capped-body.ts';
export { silentLogger, stderrLogger, type Logger } from './core/logger.ts';
export {
  AdminCreateUserSchema,
  AdminCreateUsersSchema,
  AdminCreatedUserSchema,
  UserSchema,
  toDict,
  validateAdminCreateUsers,
  type AdminCreateUser,
  type AdminCreateUserInput,
  type AdminCreateUsers,
  type AdminCreatedUser,
  type User,
} from './core/models.ts';
export {
  USER_RESULT_STATUSES,
  adminBatchCreate,
  type BatchCreateOptions,
  type BatchCreateReport,
  type ChunkProgress,
  type UserResult,
  type UserResultStatus,
} from './core/operations/batch-create.ts';
export { exportUsers, type ExportOptions } from './core/operations/export-users.ts';
export { getUser, type GetUserParams } from './core/operations/get-user.ts';
export { canCreateUsers, getUserInfo, type UserInfo } from './core/operations/get-user-info.ts';
export {
  COLLABORATOR_TYPES,
  listUsers,
  type CollaboratorType,
  type ListUsersParams,
  type UserFilters,
} from './core/operations/list-users.ts';
export { planUsers, type OrgAccount, type PlanOptions, type PlannedUser, type UsersPlan } from './core/operations/plan-users.ts';
export type { Redactor } from './core/redact.ts';
export type { Page, ResultIterator } from './core/result-iterator.ts';
export type { RetryPolicy } from './core/retry.ts';
export type { TimeoutPolicy } from './core/timeouts.ts';
export {
  parseUsersDocument,
  parseUsersDocumentAsync,
  type UsersDocumentOptions,
  type UsersFileLimits,
  type UsersFormat,
} from './core/users-file.ts';
export { USERS_FORMATS } from './core/users-format.ts';
export { VERSION } from './core/version.ts';
