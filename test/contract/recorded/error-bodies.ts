/**
 * Error bodies of the real Anyscale API, as the public sources record them (see
 * ../shared/anyscale-user-api.md §4 and §1.1, evidence E6 and E15). They are the shapes the local
 * org must answer with; values that depend on the request (an email, a field) are filled in.
 */
export const RECORDED = {
  /** E15: the backend's 422, a FastAPI/pydantic list inside the error envelope ("mirrors the real backend"). */
  validation: { error: { detail: [{ loc: ['body', 0, 'email'], msg: 'Field required', type: 'missing' }] } },
  /** E15 `cloud_access_projects_test.go`: a real captured 403 body. */
  forbidden: { error: { detail: 'Permission denied' } },
  /** E6, the SDK's own fake: the text for an email that exists (the real text is not public). */
  conflict: (email: string) => ({ error: { detail: `User with email '${email}' already exists.` } }),
  /** FastAPI's own answers for a route or method it does not have. */
  notFound: { error: { detail: 'Not Found' } },
} as const;

/** The structure of a JSON value: keys and value types, not the values themselves. */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shapeOf(item)]));
  }
  return value === null ? 'null' : typeof value;
}
