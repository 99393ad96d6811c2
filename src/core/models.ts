import * as z from 'zod';
import { AnyscaleValidationError, type ValidationIssue } from './errors.ts';

/*
 * The models of the Anyscale Python SDK's user API, field for field and in the same order
 * (snake_case, as on the wire). Input models are strict: they check more than the Python SDK,
 * which checks only types. Response models are tolerant: unknown fields are dropped and open
 * enums stay strings, because the real service adds fields and values without notice.
 */

const requiredString = (what: string) => z.string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what}`) });
const optionalString = z.string({ error: 'must be a string' }).nullish();

export const AdminCreateUserSchema = z.strictObject(
  {
    name: requiredString('a string').refine((value) => value.trim().length > 0, { error: 'must not be empty' }),
    email: requiredString('a string').pipe(z.email({ error: 'is not a valid email address' })),
    password: optionalString,
    is_sso_user: z.boolean({
      error: (issue) => (issue.input === undefined ? 'is required' : 'must be true or false'),
    }),
    lastname: optionalString,
    title: optionalString,
  },
  // Only for a non-object item: unknown keys keep their own issue, which names each key.
  { error: (issue) => (issue.code === 'invalid_type' ? 'each user must be an object with name, email and is_sso_user' : undefined) },
);

/** The user to create; what `AdminCreateUser(...)` is in the Python SDK. */
export type AdminCreateUser = z.output<typeof AdminCreateUserSchema>;
/** What a caller may pass for one user: the same fields, before validation. */
export type AdminCreateUserInput = z.input<typeof AdminCreateUserSchema>;

export const ADMIN_CREATE_USER_FIELDS = ['name', 'email', 'password', 'is_sso_user', 'lastname', 'title'] as const;

/** Whether a wire timestamp can be read as a date. */
function isTimestamp(value: string): boolean {
  return !Number.isNaN(Date.parse(value));
}

/** Parses a wire timestamp; kept as the server's string so that microseconds survive. */
const timestamp = z.string().refine(isTimestamp, { error: 'must be an ISO-8601 datetime' });

export const AdminCreatedUserSchema = z.object({
  user_id: z.string(),
  name: z.string(),
  email: z.string(),
  created_at: timestamp,
  is_sso_user: z.boolean(),
  lastname: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  title: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
});
export type AdminCreatedUser = z.output<typeof AdminCreatedUserSchema>;

/** A collaborator as the list endpoint returns it, with the fields a User keeps; others are dropped. */
const CollaboratorSchema = z.object({
  email: z.string(),
  name: z.string().nullish(),
  created_at: timestamp,
  permission_level: z.string().nullish(),
  user_id: z.string().nullish(),
});
type Collaborator = z.output<typeof CollaboratorSchema>;

/**
 * The User of a checked collaborator. The server may send `name` as null (seen in the wild for
 * service accounts): it becomes "" rather than failing a whole walk of the org. `user_id` may be
 * null for service accounts and is then absent, as in the SDK.
 */
function toUser(collaborator: Collaborator): User {
  const user: User = {
    email: collaborator.email,
    name: collaborator.name ?? '',
    created_at: collaborator.created_at,
    permission_level: collaborator.permission_level ?? 'unspecified',
  };
  if (collaborator.user_id !== undefined && collaborator.user_id !== null) user.user_id = collaborator.user_id;
  return user;
}

/** A collaborator as the list endpoint returns it, read into a User. */
export const UserSchema = CollaboratorSchema.transform(toUser);

function isNullishString(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}

/**
 * CollaboratorSchema's rules written out by hand. Walking an org checks every user, and zod took
 * longer over a page than JSON.parse did (see BENCHMARKS.md). It must accept
 * nothing that CollaboratorSchema rejects: test/core/models.test.ts runs both over the same cases.
 */
function isCollaborator(raw: unknown): raw is Collaborator {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const { email, name, created_at, permission_level, user_id } = raw as Record<string, unknown>;
  return (
    typeof email === 'string' &&
    isNullishString(name) &&
    typeof created_at === 'string' &&
    isTimestamp(created_at) &&
    isNullishString(permission_level) &&
    isNullishString(user_id)
  );
}

/** `UserSchema.safeParse`, as fast as a hand-written check: the listing's hot path. */
export function parseUser(raw: unknown): { success: true; data: User } | { success: false; error: z.ZodError } {
  if (isCollaborator(raw)) return { success: true, data: toUser(raw) };
  // Only a user that fails the check pays for zod, whose issues then say exactly what is wrong.
  const parsed = CollaboratorSchema.safeParse(raw);
  return parsed.success ? { success: true, data: toUser(parsed.data) } : { success: false, error: parsed.error };
}

/**
 * The Python SDK's `User`. Written out rather than inferred: UserSchema is the tolerant read of a
 * collaborator into this shape (its output type is this type), so inferring it would be circular.
 */
export type User = {
  email: string;
  name: string;
  created_at: string;
  permission_level: string;
  user_id?: string | undefined;
};

/**
 * The Python SDK's `AdminCreateUsers`, the shape of the Anyscale CLI's users.yaml. For a whole
 * batch, validateAdminCreateUsers gives better errors (and catches emails given twice).
 */
export const AdminCreateUsersSchema = z.strictObject({ create_users: z.array(AdminCreateUserSchema) });
export type AdminCreateUsers = z.output<typeof AdminCreateUsersSchema>;

/**
 * The plain-JSON form of a model, like the Python `to_dict()`: absent and null values dropped.
 * Models that come out of this package's parsers hold their fields in declaration order.
 */
export function toDict(model: AdminCreateUser | AdminCreatedUser | User): Record<string, unknown> {
  return Object.fromEntries(Object.entries(model).filter(([, value]) => value !== undefined && value !== null));
}

/** `AdminCreateUsers.to_dict()`: the batch as the Anyscale CLI's users.yaml holds it. */
export function adminCreateUsersToDict(batch: AdminCreateUsers): { create_users: Record<string, unknown>[] } {
  return { create_users: batch.create_users.map(toDict) };
}

function suggestField(unknown: string): string | undefined {
  const lower = unknown.toLowerCase().replace(/[-\s]/g, '_');
  return ADMIN_CREATE_USER_FIELDS.find((field) => field === lower || editDistance(field, lower) <= 2);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

function issuesOf(index: number, error: z.ZodError): ValidationIssue[] {
  return error.issues.flatMap((issue): ValidationIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const suggestion = suggestField(key);
        const hint = suggestion ? ` (did you mean "${suggestion}"?)` : ` (known fields: ${ADMIN_CREATE_USER_FIELDS.join(', ')})`;
        return { index, field: key, message: `unknown field "${key}"${hint}` };
      });
    }
    if (issue.path.length === 0) return [{ index, field: '(item)', message: issue.message }];
    const field = issue.path.map(String).join('.');
    return [{ index, field, message: `"${field}" ${issue.message}` }];
  });
}

/** Validates a batch item by item, so that a long one can be checked in slices (see users-file.ts). */
export class AdminCreateUsersValidator {
  readonly users: AdminCreateUser[] = [];
  readonly issues: ValidationIssue[] = [];
  readonly #firstIndexOfEmail = new Map<string, number>();

  add(item: unknown, index: number): void {
    const parsed = AdminCreateUserSchema.safeParse(item);
    if (!parsed.success) {
      this.issues.push(...issuesOf(index, parsed.error));
      return;
    }
    const key = parsed.data.email.toLowerCase();
    const first = this.#firstIndexOfEmail.get(key);
    if (first !== undefined) {
      this.issues.push({
        index,
        field: 'email',
        message: `"email" ${parsed.data.email} appears twice in the batch (also users[${first}])`,
      });
      return;
    }
    this.#firstIndexOfEmail.set(key, index);
    this.users.push(parsed.data);
  }
}

/**
 * Validates a whole batch before anything is sent: every item's fields, then emails that repeat
 * within the batch (case-insensitive, as the service stores emails lower-cased).
 */
export function validateAdminCreateUsers(items: readonly unknown[]): { users: AdminCreateUser[]; issues: ValidationIssue[] } {
  const validator = new AdminCreateUsersValidator();
  for (const [index, item] of items.entries()) validator.add(item, index);
  return { users: validator.users, issues: validator.issues };
}

/** Like validateAdminCreateUsers, but throws an AnyscaleValidationError naming every problem. */
export function parseAdminCreateUsers(items: unknown): AdminCreateUser[] {
  if (!Array.isArray(items)) {
    throw new AnyscaleValidationError([{ field: 'create_users', message: '"create_users" must be a list of users' }]);
  }
  const { users, issues } = validateAdminCreateUsers(items);
  if (issues.length > 0) throw new AnyscaleValidationError(issues);
  return users;
}
