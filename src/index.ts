export { Anyscale, UserApi, type ListPageParams } from './core/anyscale.ts';
export { AnyscaleClient, type AnyscaleClientOptions, type ClientStats, type RequestOptions } from './core/client.ts';
export { environmentFetch, proxySettings, type Fetch, type ProxySettings } from './core/environment-fetch.ts';
export { AnyscaleResponseTooLargeError, DEFAULT_MAX_RESPONSE_BYTES } from './core/capped-body.ts';
export { DEFAULT_HOST, checkHost, isPlausibleToken, resolveConfig, type ConfigOptions, type ResolvedConfig } from './core/config.ts';
export {
  AnyscaleApiError,
  AnyscaleError,
  AnyscaleNetworkError,
  AnyscaleRedirectError,
  AnyscaleValidationError,
  describeIssue,
  isAnyscaleError,
  type ErrorCode,
  type ValidationIssue,
} from './core/errors.ts';
export { silentLogger, stderrLogger, warningLogger, type Logger } from './core/logger.ts';
export {
  ADMIN_CREATE_USER_FIELDS,
  AdminCreateUserSchema,
  AdminCreateUsersSchema,
  AdminCreatedUserSchema,
  UserSchema,
  adminCreateUsersToDict,
  parseAdminCreateUsers,
  toDict,
  validateAdminCreateUsers,
  type AdminCreateUser,
  type AdminCreateUsers,
  type AdminCreatedUser,
  type User,
} from './core/models.ts';
export {
  ADMIN_BATCH_CREATE_PATH,
  DEFAULT_CHUNK_SIZE,
  MAX_CHUNK_SIZE,
  USER_RESULT_STATUSES,
  adminBatchCreate,
  countStatuses,
  type BatchCreateOptions,
  type BatchCreateReport,
  type ChunkProgress,
  type UserResult,
  type UserResultStatus,
} from './core/operations/batch-create.ts';
export { EXPORT_HEADER, exportUsers, type ExportOptions } from './core/operations/export-users.ts';
export { findExistingUsers } from './core/operations/existing-users.ts';
export { getUser, isExactMatch, type GetUserParams } from './core/operations/get-user.ts';
export { USERINFO_PATH, canCreateUsers, getUserInfo, type UserInfo } from './core/operations/get-user-info.ts';
export {
  COLLABORATORS_PATH,
  COLLABORATOR_TYPES,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  checkCollaboratorType,
  fetchUserPage,
  listUsers,
  type CollaboratorType,
  type ListUsersParams,
  type UserFilters,
} from './core/operations/list-users.ts';
export {
  comparePlan,
  planFingerprint,
  planUsers,
  type OrgAccount,
  type PlanOptions,
  type PlannedUser,
  type UsersPlan,
} from './core/operations/plan-users.ts';
export { Redactor } from './core/redact.ts';
export { ResultIterator, type Page } from './core/result-iterator.ts';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './core/retry.ts';
export { DEFAULT_TIMEOUTS, TIMEOUT_ENV, createTimeoutMs, resolveTimeouts, type TimeoutPolicy } from './core/timeouts.ts';
export { VERSION } from './core/version.ts';
export { formatFromFileName, parseUsersDocument, type UsersDocumentOptions, type UsersFormat } from './core/users-file.ts';
