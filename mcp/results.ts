import type { CallToolResult, ContentBlock, InputRequiredResult, ServerContext } from '@modelcontextprotocol/server';
import { failureFor, renderFailure, type ToolFailure } from './failures.ts';
import type { ToolDeps } from './tool-deps.ts';

/**
 * Every result carries its data in `structuredContent` (checked against the tool's outputSchema)
 * and a short text for clients that only show text. Names, which anyone can set and so could
 * carry text meant to steer a model, stay out of the text; emails enter it only through
 * safeEmail. `more` is further content, such as a link to what the result does not list.
 */
export function success(structured: Record<string, unknown>, text: string, more: ContentBlock[] = []): CallToolResult {
  return { content: [{ type: 'text', text }, ...more], structuredContent: structured };
}

/**
 * A failed call, as a result the model can act on rather than a protocol error. Data that
 * conforms to the tool's outputSchema (a plan, per-user results) may ride along; v1 clients
 * validate structuredContent even on errors, so nothing else may.
 */
export function failed(f: ToolFailure, structured?: Record<string, unknown>, more: ContentBlock[] = []): CallToolResult {
  return {
    content: [{ type: 'text', text: renderFailure(f) }, ...more],
    ...(structured ? { structuredContent: structured } : {}),
    isError: true,
  };
}

type Handler<A> = (args: A, ctx: ServerContext) => Promise<CallToolResult | InputRequiredResult>;

/**
 * Wraps a tool handler so that no error escapes to the SDK (which would show its message to the
 * model): core errors become our own short failure results. Logs the outcome without arguments.
 * It is the one place a result leaves a tool, so it is where secrets are scrubbed: the Anyscale
 * token, and whatever `secretsOf` finds in the call's arguments (a batch's passwords), in the
 * text and the structured content alike, since a server may echo them back as data.
 */
export function guarded<A>(
  tool: string,
  deps: Pick<ToolDeps, 'logger' | 'redactor'>,
  handler: Handler<A>,
  secretsOf: (args: A) => Iterable<string | undefined> = () => [],
): Handler<A> {
  const { logger } = deps;
  return async (args, ctx) => {
    const started = performance.now();
    const took = () => `${Math.round(performance.now() - started)} ms`;
    // Every string, keys too; the shape, and so the outputSchema check, unchanged.
    const redact = (result: CallToolResult | InputRequiredResult) => deps.redactor.with(secretsOf(args)).redactValue(result);
    try {
      const result = await handler(args, ctx);
      if ('isError' in result && result.isError) logger.info(`${tool}: refused in ${took()}`);
      else logger.debug(`${tool}: done in ${took()}`);
      return redact(result);
    } catch (error) {
      const f = failureFor(error);
      // The error's own message may quote an upstream body: only its code and class are logged.
      logger.warn(
        `${tool}: failed with ${f.code}${f.code === 'INTERNAL' ? ` (${(error as Error)?.name ?? typeof error})` : ''} in ${took()}`,
      );
      return redact(failed(f));
    }
  };
}

/** An id or token fit for the text rendering: server-issued shapes only, never free text. */
export function safeId(value: string): string {
  return /^[A-Za-z0-9_\-=.:+/]{1,512}$/.test(value) ? value : '(see structured result)';
}

/**
 * An email fit for the text rendering: the characters a validated address has (core checks every
 * email before it is planned or sent), no spaces or punctuation that could frame an instruction.
 */
export function safeEmail(value: string): string {
  return value.length <= 100 && /^[A-Za-z0-9_'+.-]{1,64}@[A-Za-z0-9.-]{1,253}$/.test(value) ? value : '(see structured result)';
}
