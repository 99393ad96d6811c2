import { describe, expect, it } from 'vitest';
import {
  AdminCreateUsersSchema,
  AdminCreatedUserSchema,
  UserSchema,
  adminCreateUsersToDict,
  parseUser,
  parseAdminCreateUsers,
  toDict,
  validateAdminCreateUsers,
  type AdminCreateUsers,
} from '../../src/core/models.ts';
import { AnyscaleValidationError } from '../../src/core/errors.ts';

// The seed reference's own example.
const seedUser = {
  name: 'name',
  email: 'test@anyscale.com',
  password: '',
  is_sso_user: false,
  lastname: 'lastname',
  title: 'title',
};

function issuesFor(items: unknown[]) {
  return validateAdminCreateUsers(items).issues;
}

describe('AdminCreateUser', () => {
  it('accepts the seed example and keeps an empty password', () => {
    const [user] = parseAdminCreateUsers([seedUser]);
    expect(user).toEqual(seedUser);
    expect(toDict(user!)).toEqual(seedUser);
  });

  it('drops absent and null optionals in toDict, keeping field order', () => {
    const [user] = parseAdminCreateUsers([{ name: 'n', email: 'a@b.co', is_sso_user: true, lastname: null }]);
    expect(Object.keys(toDict(user!))).toEqual(['name', 'email', 'is_sso_user']);
  });

  it('round-trips through toDict', () => {
    const users = parseAdminCreateUsers([seedUser, { name: 'x', email: 'x@y.io', is_sso_user: true }]);
    expect(parseAdminCreateUsers(users.map(toDict))).toEqual(users);
    expect(adminCreateUsersToDict({ create_users: users })).toEqual({ create_users: users.map(toDict) });
  });

  it.each([
    [{ ...seedUser, email: 'not-an-email' }, 'email', '"email" is not a valid email address'],
    [{ ...seedUser, name: '   ' }, 'name', '"name" must not be empty'],
    [{ ...seedUser, name: 7 }, 'name', '"name" must be a string'],
    [{ email: 'a@b.co', is_sso_user: false }, 'name', '"name" is required'],
    [{ ...seedUser, is_sso_user: 'yes' }, 'is_sso_user', '"is_sso_user" must be true or false'],
    [{ name: 'n', email: 'a@b.co' }, 'is_sso_user', '"is_sso_user" is required'],
    [{ ...seedUser, title: 3 }, 'title', '"title" must be a string'],
    [{ ...seedUser, password: false }, 'password', '"password" must be a string'],
  ])('rejects %j naming the field', (item, field, message) => {
    expect(issuesFor([seedUser, item])).toEqual([{ index: 1, field, message }]);
  });

  it('rejects unknown fields and suggests the closest known one', () => {
    expect(issuesFor([{ ...seedUser, lastName: 'x', shoe_size: 9 }])).toEqual([
      { index: 0, field: 'lastName', message: 'unknown field "lastName" (did you mean "lastname"?)' },
      {
        index: 0,
        field: 'shoe_size',
        message: 'unknown field "shoe_size" (known fields: name, email, password, is_sso_user, lastname, title)',
      },
    ]);
  });

  it('rejects an item that is not an object', () => {
    expect(issuesFor(['alice@example.com'])).toEqual([
      { index: 0, field: '(item)', message: 'each user must be an object with name, email and is_sso_user' },
    ]);
  });

  it('rejects two users with the same email, whatever the case', () => {
    const issues = issuesFor([seedUser, { ...seedUser, email: 'TEST@Anyscale.com' }]);
    expect(issues).toEqual([{ index: 1, field: 'email', message: '"email" TEST@Anyscale.com appears twice in the batch (also users[0])' }]);
  });

  it('reports every problem of a batch in one error', () => {
    const error = (() => {
      try {
        parseAdminCreateUsers([{ ...seedUser, email: 'bad' }, seedUser, { ...seedUser, name: '' }]);
      } catch (e) {
        return e as AnyscaleValidationError;
      }
    })();
    expect(error).toBeInstanceOf(AnyscaleValidationError);
    expect(error!.code).toBe('VALIDATION');
    expect(error!.issues.map((i) => [i.index, i.field])).toEqual([
      [0, 'email'],
      [2, 'name'],
    ]);
    expect(error!.message).toContain('users[0]: "email" is not a valid email address');
    expect(error!.message).toContain('users[2]: "name" must not be empty');
  });

  it('rejects a batch that is not a list', () => {
    expect(() => parseAdminCreateUsers({ create_users: [] })).toThrow('"create_users" must be a list of users');
  });
});

describe('response models', () => {
  const row = {
    id: 'ide_x',
    user_id: 'usr_abc',
    name: 'Owner Name',
    email: 'owner@anyscale.com',
    permission_level: 'owner',
    base_role: 'owner',
    additional_roles: [],
    created_at: '2024-01-01T12:00:00.000000+00:00',
    is_service_account: false,
  };

  it('parses a collaborator, dropping fields the User model does not have', () => {
    const user = UserSchema.parse(row);
    expect(toDict(user)).toEqual({
      email: 'owner@anyscale.com',
      name: 'Owner Name',
      created_at: '2024-01-01T12:00:00.000000+00:00',
      permission_level: 'owner',
      user_id: 'usr_abc',
    });
  });

  it('keeps unknown permission levels as strings', () => {
    expect(UserSchema.parse({ ...row, permission_level: 'image_reader' }).permission_level).toBe('image_reader');
  });

  it('treats a null user_id as absent and a null name as empty', () => {
    const user = UserSchema.parse({ ...row, user_id: null, name: null });
    expect(user.user_id).toBeUndefined();
    expect(user.name).toBe('');
    expect('user_id' in toDict(user)).toBe(false);
  });

  it('rejects a created_at that is not a datetime', () => {
    expect(UserSchema.safeParse({ ...row, created_at: 'yesterday' }).success).toBe(false);
  });

  // parseUser is the listing's fast path: it must read every collaborator exactly as UserSchema
  // does, accepting the same ones, with the same result, and rejecting the rest with the same issues.
  const fieldValues: Record<string, unknown[]> = {
    email: ['owner@anyscale.com', '', null, undefined, 5, true, {}, []],
    name: ['Owner Name', '', null, undefined, 5, false, ['x']],
    created_at: ['2024-01-01T12:00:00.000000+00:00', '2024-01-01', 'Jan 1 2024', 'yesterday', '', null, undefined, 1704067200],
    permission_level: ['owner', 'image_reader', '', null, undefined, 7, {}],
    user_id: ['usr_abc', '', null, undefined, 0, []],
  };
  // `undefined` stands for the field left out.
  const withField = (field: string, value: unknown) =>
    value === undefined ? Object.fromEntries(Object.entries(row).filter(([key]) => key !== field)) : { ...row, [field]: value };
  const variants = Object.entries(fieldValues).flatMap(([field, values]) => values.map((value) => withField(field, value)));
  const others: unknown[] = [null, undefined, 'row', 42, [], [row], { ...row, user_id: undefined }, {}];

  it.each([row, ...variants, ...others].map((input) => [JSON.stringify(input) ?? String(input), input]))(
    'parseUser reads %s exactly as UserSchema does',
    (_, input) => {
      const fast = parseUser(input);
      const schema = UserSchema.safeParse(input);
      expect(fast.success).toBe(schema.success);
      if (fast.success && schema.success) {
        expect(fast.data).toEqual(schema.data);
        expect(Object.keys(fast.data)).toEqual(Object.keys(schema.data));
      }
      if (!fast.success && !schema.success) expect(fast.error.issues).toEqual(schema.error.issues);
    },
  );

  it('parses an AdminCreatedUser and round-trips it', () => {
    const created = {
      user_id: 'usr_1',
      name: 'name1',
      email: 'test1@anyscale.com',
      created_at: '2025-01-01T00:00:00.000000+00:00',
      is_sso_user: false,
      lastname: 'lastname1',
      title: null,
      extra: 'ignored',
    };
    const user = AdminCreatedUserSchema.parse(created);
    expect(toDict(user)).toEqual({
      user_id: 'usr_1',
      name: 'name1',
      email: 'test1@anyscale.com',
      created_at: '2025-01-01T00:00:00.000000+00:00',
      is_sso_user: false,
      lastname: 'lastname1',
    });
    expect(AdminCreatedUserSchema.parse(toDict(user))).toEqual(user);
  });
});

describe('AdminCreateUsersSchema', () => {
  it("reads the Anyscale CLI's users.yaml shape, and its type is inferred from the schema", () => {
    const parsed = AdminCreateUsersSchema.parse({ create_users: [{ name: 'Ada', email: 'ada@example.com', is_sso_user: false }] });
    const batch: AdminCreateUsers = parsed;
    expect(adminCreateUsersToDict(batch)).toEqual({ create_users: [{ name: 'Ada', email: 'ada@example.com', is_sso_user: false }] });
    expect(AdminCreateUsersSchema.safeParse({ create_users: [], extra: 1 }).success).toBe(false);
  });
});
