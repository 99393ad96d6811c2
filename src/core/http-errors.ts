import { AnyscaleApiError, AnyscaleRedirectError, type ErrorCode } from './errors.ts';
import type { Redactor } from './redact.ts';

/** What a request was, for messages that tell the user what to do next. */
export interface ErrorContext {
  host: string;
  method: string;
  path: string;
  /** Extra advice for a 403, e.g. which role the operation needs. */
  forbiddenHint?: string | undefined;
  retryAfterMs?: number | undefined;
}

interface FastApiDetailItem {
  loc?: unknown;
  msg?: unknown;
}

/** `["body", 0, "email"]` reads as `body[0].email`, the way the request's JSON is addressed. */
function locationOf(loc: unknown[]): string {
  return loc.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

/**
 * A 422 detail list becomes one readable line of problems, e.g.
 * `query.count: Input should be less than or equal to 50; body[0].email: Field required`.
 */
export function formatDetail(detail: unknown): string | undefined {
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    return detail
      .map((item: FastApiDetailItem) => {
        const loc = Array.isArray(item?.loc) ? locationOf(item.loc) : '';
        const msg = typeof item?.msg === 'string' ? item.msg.replace(/\.+$/, '') : JSON.stringify(item);
        return loc ? `${loc}: ${msg}` : msg;
      })
      .join('; ');
  }
  return undefined;
}

/** Past this, a server's detail is cut: a 100 KB detail would otherwise become a 100 KB error line. */
export const MAX_DETAIL_CHARS = 1_000;

/**
 * A server's detail as it stands inside one of our sentences: cut to MAX_DETAIL_CHARS with the
 * full length noted, and without its own closing period, which our sentence supplies.
 */
export function detailInSentence(said: string): string {
  return cutDetail(said.replace(/\.+$/, ''));
}

function cutDetail(said: string): string {
  return said.length > MAX_DETAIL_CHARS ? `${said.slice(0, MAX_DETAIL_CHARS)}… (cut; ${said.length} characters in all)` : said;
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'AUTH';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 400 || status === 413 || status === 422) return 'VALIDATION';
  // Any other 4xx (405, 410, 415…) says this request will never work here: nothing to retry.
  if (status >= 400 && status < 500) return 'UNSUPPORTED';
  return 'SERVER';
}

function extractDetail(bodyText: string): unknown {
  try {
    const body = JSON.parse(bodyText) as { error?: { detail?: unknown }; detail?: unknown } | null;
    return body?.error?.detail ?? body?.detail;
  } catch {
    return undefined;
  }
}

function seconds(ms: number): string {
  return `${Math.ceil(ms / 1000)} s`;
}

/** Turns a non-2xx answer into a typed error whose message says what to do next. */
export function errorFromResponse(
  status: number,
  bodyText: string,
  rawTraceId: string | undefined,
  context: ErrorContext,
  redactor: Redactor,
): AnyscaleApiError {
  const traceId = rawTraceId === undefined ? undefined : redactor.redact(rawTraceId);
  const detail = redactor.redactValue(extractDetail(bodyText));
  const full = formatDetail(detail);
  const said = full === undefined ? undefined : detailInSentence(full);
  const code = codeForStatus(status);
  const keysUrl = new URL('/v2/api-keys', context.host).toString();
  const trace = traceId ? ` (trace id ${traceId})` : '';
  let message: string;
  switch (code) {
    case 'AUTH':
      message = `Your user credentials for ${context.host} are invalid or have expired. Please run \`anyscale login\` or follow the instructions at ${keysUrl} to properly set your credentials.`;
      break;
    case 'FORBIDDEN':
      message = `${said ?? 'Permission denied'}.${context.forbiddenHint ? ` ${context.forbiddenHint}` : ''}`;
      break;
    case 'RATE_LIMITED':
      message = `Anyscale is rate limiting requests${context.retryAfterMs !== undefined ? `; it asked to wait ${seconds(context.retryAfterMs)}` : ''}. Try again later, or send smaller batches.`;
      break;
    case 'SERVER':
      message = `Anyscale answered ${status} to ${context.method} ${context.path}${trace}${said ? `: ${said}` : ''}. Try again later; if it persists, contact Anyscale support with the trace id.`;
      break;
    case 'UNSUPPORTED':
      message = `Anyscale refused ${context.method} ${context.path} with ${status}${trace}${said ? `: ${said}` : ''}. Check that ${context.host} is an Anyscale host, or upgrade anyscale-users.`;
      break;
    default:
      // A FastAPI list names each field it refused; say so, and what to do, around it.
      if (Array.isArray(detail) && said !== undefined) {
        message = `Anyscale refused ${context.method} ${context.path} as invalid: ${said}. Correct the values named, then try again.`;
      } else {
        message = full !== undefined ? cutDetail(full) : `Anyscale answered ${status} to ${context.method} ${context.path}${trace}.`;
      }
  }
  return new AnyscaleApiError(code, redactor.redact(message), {
    status,
    traceId,
    detail,
    retryAfterMs: context.retryAfterMs,
  });
}

/** Past this, a Location is cut in the message: a hostile server could send a very long one. */
const MAX_LOCATION_CHARS = 300;

/**
 * A 3xx answer as an error that names the target and says which host to set. The location is
 * redacted (a server could echo the token in it) and cut.
 */
export function redirectError(
  status: number,
  rawLocation: string | null,
  rawTraceId: string | undefined,
  context: ErrorContext & { url: URL },
  redactor: Redactor,
): AnyscaleRedirectError {
  const trace = rawTraceId ? ` (trace id ${redactor.redact(rawTraceId)})` : '';
  let target: URL | undefined;
  try {
    target = rawLocation === null ? undefined : new URL(rawLocation, context.url);
  } catch {
    target = undefined;
  }
  const location = target === undefined ? undefined : redactor.redact(target.toString());
  const shown =
    location === undefined ? undefined : location.length > MAX_LOCATION_CHARS ? `${location.slice(0, MAX_LOCATION_CHARS)}…` : location;
  const start = `Anyscale answered ${context.method} ${context.path} with a redirect (${status})${trace}`;
  let advice: string;
  if (target === undefined) {
    advice = `${rawLocation === null ? ' without a Location' : ' to a Location that is not a URL'}. Nothing was sent again. Check that ${context.host} is an Anyscale host.`;
  } else if (target.origin === context.url.origin) {
    advice = ` to ${shown} on the same host. Nothing was sent there; anyscale-users may be out of date for this API, so upgrade it.`;
  } else {
    advice = ` to ${shown}. Nothing was sent there, and no token or password: redirects are never followed. If that is where your Anyscale API lives, set the host to ${redactor.redact(target.origin)} (ANYSCALE_HOST or --host).`;
  }
  return new AnyscaleRedirectError(`${start}${advice}`, { status, traceId: rawTraceId && redactor.redact(rawTraceId), location });
}
