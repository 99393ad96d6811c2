import { createHash } from 'node:crypto';
import type { AnyscaleClient, RequestOptions } from '../client.ts';
import { parseAdminCreateUsers, type AdminCreateUser, type AdminCreateUserInput, type User } from '../models.ts';
import { listUsers } from './list-users.ts';

/** A user the file has and the org does not. Only whether a password is set, never the password. */
export interface PlannedUser {
  email: string;
  name: string;
  is_sso_user: boolean;
  lastname?: string;
  title?: string;
  password_set: boolean;
}

/** An account as the plan reports it: one already in the org. */
export interface OrgAccount {
  email: string;
  name: string;
  permission_level: string;
  user_id?: string;
}

export interface PlanOptions extends RequestOptions {
  /** Report service accounts the file does not list as strays too (default: user accounts only). */
  include_service_accounts?: boolean;
}

export interface UsersPlan {
  /** In the file, not in the org, sorted by email: what a batch create would send. */
  to_create: PlannedUser[];
  /** In the file and in the org. The API cannot change a user, so these are left alone. */
  present: OrgAccount[];
  /** In the org, not in the file. */
  strays: OrgAccount[];
  counts: { to_create: number; present: number; strays: number };
  /** `sha256:` and 64 hex digits over to_create in canonical form; strays do not enter it. */
  fingerprint: string;
}

export function plannedUser(user: AdminCreateUser): PlannedUser {
  const planned: PlannedUser = { email: user.email, name: user.name, is_sso_user: user.is_sso_user, password_set: false };
  if (user.lastname != null) planned.lastname = user.lastname;
  if (user.title != null) planned.title = user.title;
  // Only presence: a password is a secret, and the fingerprint travels in job outputs.
  planned.password_set = user.password != null && user.password !== '';
  return planned;
}

function orgAccount(user: User): OrgAccount {
  const account: OrgAccount = { email: user.email, name: user.name, permission_level: user.permission_level };
  if (user.user_id !== undefined) account.user_id = user.user_id;
  return account;
}

const byEmail = (a: { email: string }, b: { email: string }) => {
  const x = a.email.toLowerCase();
  const y = b.email.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The fingerprint of a change set. Each user is written as an array in a fixed field order, so
 * that neither the file's order nor its keys' order, nor the machine, changes the hash. Emails are
 * lower-cased as the org stores them.
 */
export function planFingerprint(toCreate: readonly PlannedUser[]): string {
  const canonical = [...toCreate]
    .sort(byEmail)
    .map((u) => [u.email.toLowerCase(), u.name, u.is_sso_user, u.lastname ?? null, u.title ?? null, u.password_set]);
  const hash = createHash('sha256')
    .update(JSON.stringify(['anyscale-users/plan/v1', canonical]))
    .digest('hex');
  return `sha256:${hash}`;
}

/** Compares file users (already validated) with the org's accounts. Pure: no requests. */
export function comparePlan(
  users: readonly AdminCreateUser[],
  accounts: { users: Iterable<User>; services: Iterable<User> },
  includeServiceAccounts: boolean,
): UsersPlan {
  const inFile = new Set(users.map((u) => u.email.toLowerCase()));
  const inOrg = new Map<string, User>();
  const strays: OrgAccount[] = [];
  const take = (user: User, strayable: boolean) => {
    const key = user.email.toLowerCase();
    inOrg.set(key, user);
    if (strayable && !inFile.has(key)) strays.push(orgAccount(user));
  };
  for (const user of accounts.users) take(user, true);
  for (const user of accounts.services) take(user, includeServiceAccounts);
  const to_create: PlannedUser[] = [];
  const present: OrgAccount[] = [];
  for (const user of users) {
    const found = inOrg.get(user.email.toLowerCase());
    if (found) present.push(orgAccount(found));
    else to_create.push(plannedUser(user));
  }
  to_create.sort(byEmail);
  present.sort(byEmail);
  strays.sort(byEmail);
  return {
    to_create,
    present,
    strays,
    counts: { to_create: to_create.length, present: present.length, strays: strays.length },
    fingerprint: planFingerprint(to_create),
  };
}

async function collect(client: AnyscaleClient, type: 'only_user_accounts' | 'only_service_accounts', options: RequestOptions) {
  const users: User[] = [];
  // One push a user: spreading a page into push's arguments overflows the stack on a huge page.
  for await (const page of listUsers(client, { collaborator_type: type }, options).pages()) for (const user of page.items) users.push(user);
  return users;
}

/**
 * The plan of a users file against the org: who would be created, who is there already, and who
 * is in the org but not in the file. The whole file is validated first, as batch create does,
 * and nothing is requested if any user is invalid. Emails match without regard to case.
 */
export async function planUsers(
  client: AnyscaleClient,
  input: readonly AdminCreateUserInput[],
  options: PlanOptions = {},
): Promise<UsersPlan> {
  const users = parseAdminCreateUsers(input);
  const requestOptions: RequestOptions = { signal: options.signal };
  // Two walks, not one of all accounts: only they tell service accounts apart, which strays leave out.
  const accounts = {
    users: await collect(client, 'only_user_accounts', requestOptions),
    services: await collect(client, 'only_service_accounts', requestOptions),
  };
  return comparePlan(users, accounts, options.include_service_accounts ?? false);
}
