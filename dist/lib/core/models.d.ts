import * as z from 'zod';
import { type ValidationIssue } from './errors.js';
export declare const AdminCreateUserSchema: z.ZodObject<{
    name: z.ZodString;
    email: z.ZodPipe<z.ZodString, z.ZodEmail>;
    password: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    is_sso_user: z.ZodBoolean;
    lastname: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    title: z.ZodOptional<z.ZodNullable<z.ZodString>>;
}, z.core.$strict>;
/** The user to create; what `AdminCreateUser(...)` is in the Python SDK. */
export type AdminCreateUser = z.output<typeof AdminCreateUserSchema>;
/** What a caller may pass for one user: the same fields, before validation. */
export type AdminCreateUserInput = z.input<typeof AdminCreateUserSchema>;
export declare const ADMIN_CREATE_USER_FIELDS: readonly ['name', 'email', 'password', 'is_sso_user', 'lastname', 'title'];
export declare const AdminCreatedUserSchema: z.ZodObject<{
    user_id: z.ZodString;
    name: z.ZodString;
    email: z.ZodString;
    created_at: z.ZodString;
    is_sso_user: z.ZodBoolean;
    lastname: z.ZodPipe<z.ZodOptional<z.ZodNullable<z.ZodString>>, z.ZodTransform<string | undefined, string | null | undefined>>;
    title: z.ZodPipe<z.ZodOptional<z.ZodNullable<z.ZodString>>, z.ZodTransform<string | undefined, string | null | undefined>>;
}, z.core.$strip>;
export type AdminCreatedUser = z.output<typeof AdminCreatedUserSchema>;
/** A collaborator as the list endpoint returns it, read into a User. */
export declare const UserSchema: z.ZodPipe<z.ZodObject<{
    email: z.ZodString;
    name: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    created_at: z.ZodString;
    permission_level: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    user_id: z.ZodOptional<z.ZodNullable<z.ZodString>>;
}, z.core.$strip>, z.ZodTransform<User, {
    email: string;
    name?: string | null | undefined;
    created_at: string;
    permission_level?: string | null | undefined;
    user_id?: string | null | undefined;
}>>;
/** `UserSchema.safeParse`, as fast as a hand-written check: the listing's hot path. */
export declare function parseUser(raw: unknown): {
    success: true;
    data: User;
} | {
    success: false;
    error: z.ZodError;
};
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
export declare const AdminCreateUsersSchema: z.ZodObject<{
    create_users: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        email: z.ZodPipe<z.ZodString, z.ZodEmail>;
        password: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        is_sso_user: z.ZodBoolean;
        lastname: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        title: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type AdminCreateUsers = z.output<typeof AdminCreateUsersSchema>;
/**
 * The plain-JSON form of a model, like the Python `to_dict()`: absent and null values dropped.
 * Models that come out of this package's parsers hold their fields in declaration order.
 */
export declare function toDict(model: AdminCreateUser | AdminCreatedUser | User): Record<string, unknown>;
/** `AdminCreateUsers.to_dict()`: the batch as the Anyscale CLI's users.yaml holds it. */
export declare function adminCreateUsersToDict(batch: AdminCreateUsers): {
    create_users: Record<string, unknown>[];
};
/**
 * Validates a whole batch before anything is sent: every item's fields, then emails that repeat
 * within the batch (case-insensitive, as the service stores emails lower-cased).
 */
export declare function validateAdminCreateUsers(items: readonly unknown[]): {
    users: AdminCreateUser[];
    issues: ValidationIssue[];
};
/** Like validateAdminCreateUsers, but throws an AnyscaleValidationError naming every problem. */
export declare function parseAdminCreateUsers(items: unknown): AdminCreateUser[];
