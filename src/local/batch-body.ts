import { HttpError, type ValidationDetail } from './http.ts';
import type { NewAccount } from './store.ts';

interface FieldRule {
  kind: 'string' | 'boolean';
  /** Optional fields are `Optional[...]` server-side: absent and null are both accepted. */
  required: boolean;
}

// AdminCreateUser, the element type of the request body.
const FIELDS: Record<string, FieldRule> = {
  name: { kind: 'string', required: true },
  email: { kind: 'string', required: true },
  password: { kind: 'string', required: false },
  is_sso_user: { kind: 'boolean', required: true },
  lastname: { kind: 'string', required: false },
  title: { kind: 'string', required: false },
};

const TYPE_ISSUES = {
  string: { msg: 'Input should be a valid string', type: 'string_type' },
  boolean: { msg: 'Input should be a valid boolean', type: 'bool_type' },
} as const;

/**
 * The body of `POST /api/v2/users/admin_batch_create`: a bare JSON array of AdminCreateUser.
 * Types are checked strictly (no "true" for true), unknown fields are refused, and an email needs
 * one @ with text on both sides; every problem is reported at once as a FastAPI-style 422 list
 * located as `["body", index, field]`.
 */
export function parseBatchBody(body: unknown): NewAccount[] {
  if (body === undefined) throw new HttpError(422, [{ loc: ['body'], msg: 'Field required', type: 'missing' }]);
  if (!Array.isArray(body)) {
    throw new HttpError(422, [{ loc: ['body'], msg: 'Input should be a valid list', type: 'list_type' }]);
  }

  const issues = body.flatMap((item: unknown, index) => itemIssues(item, index));
  if (issues.length > 0) throw new HttpError(422, issues);

  return body.map((item: Record<string, unknown>) => ({
    name: item.name as string,
    email: item.email as string,
    password: item.password as string | null | undefined,
    isSsoUser: item.is_sso_user as boolean,
    lastname: item.lastname as string | null | undefined,
    title: item.title as string | null | undefined,
  }));
}

function itemIssues(item: unknown, index: number): ValidationDetail[] {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    const msg = 'Input should be a valid dictionary or instance of AdminCreateUser';
    return [{ loc: ['body', index], msg, type: 'model_type' }];
  }
  const fields = item as Record<string, unknown>;
  const issues: ValidationDetail[] = [];
  for (const [field, rule] of Object.entries(FIELDS)) {
    const value = fields[field];
    const loc = ['body', index, field];
    if (value === undefined) {
      if (rule.required) issues.push({ loc, msg: 'Field required', type: 'missing' });
      continue;
    }
    if (value === null && !rule.required) continue;
    if (typeof value !== rule.kind) {
      issues.push({ loc, ...TYPE_ISSUES[rule.kind] });
    } else if (field === 'email' && !/^[^@\s]+@[^@\s]+$/.test(value as string)) {
      const msg = 'value is not a valid email address: it must have one @ with text on both sides.';
      issues.push({ loc, msg, type: 'value_error' });
    }
  }
  for (const field of Object.keys(fields)) {
    if (!Object.hasOwn(FIELDS, field)) {
      issues.push({ loc: ['body', index, field], msg: 'Extra inputs are not permitted', type: 'extra_forbidden' });
    }
  }
  return issues;
}
