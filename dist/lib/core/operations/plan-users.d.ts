import type { AnyscaleClient, RequestOptions } from '../client.js';
import { type AdminCreateUser, type AdminCreateUserInput, type User } from '../models.js';
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
    counts: {
        to_create: number;
        present: number;
        strays: number;
    };
    /** `sha256:` and 64 hex digits over to_create in canonical form; strays do not enter it. */
    fingerprint: string;
}
export declare function plannedUser(user: AdminCreateUser): PlannedUser;
/**
 * The fingerprint of a change set. Each user is written as an array in a fixed field order, so
 * that neither the file's order nor its keys' order, nor the machine, changes the hash. Emails are
 * lower-cased as the org stores them.
 */
export declare function planFingerprint(toCreate: readonly PlannedUser[]): string;
/** Compares file users (already validated) with the org's accounts. Pure: no requests. */
export declare function comparePlan(users: readonly AdminCreateUser[], accounts: {
    users: Iterable<User>;
    services: Iterable<User>;
}, includeServiceAccounts: boolean): UsersPlan;
/**
 * The plan of a users file against the org: who would be created, who is there already, and who
 * is in the org but not in the file. The whole file is validated first, as batch create does,
 * and nothing is requested if any user is invalid. Emails match without regard to case.
 */
export declare function planUsers(client: AnyscaleClient, input: readonly AdminCreateUserInput[], options?: PlanOptions): Promise<UsersPlan>;
