export { Anyscale, UserApi, type ListPageParams } from './anyscale.ts';
export { AnyscaleClient, DEFAULT_TIMEOUT_MS, type AnyscaleClientOptions, type ClientStats, type RequestOptions } from './client.ts';
export { DEFAULT_HOST, checkHost, isPlausibleToken, resolveConfig, type ConfigOptions, type ResolvedConfig } from './config.ts';
export {
  AnyscaleApiError,
  AnyscaleError,
  AnyscaleNetworkError,
  AnyscaleValidationError,
  describeIssue,
  isAnyscaleError,
  type ErrorCode,
  type ValidationIssue,
} from './errors.ts';
export { silentLogger, stderrLogger, warningLogger, type Logger } from './logger.ts';
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
} from './models.ts';
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
} from './operations/batch-create.ts';
export { findExistingUsers } from './operations/existing-users.ts';
export { getUser, isExactMatch, type GetUserParams } from './operations/get-user.ts';
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
} from './operations/list-users.ts';
export { Redactor } from './redact.ts';
export { ResultIterator, type Page } from './result-iterator.ts';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.ts';
export { VERSION } from './version.ts';
export { formatFromFileName, parseUsersDocument, type UsersDocumentOptions, type UsersFormat } from './users-file.ts';
