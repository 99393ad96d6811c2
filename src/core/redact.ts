import type { Logger } from './logger.ts';
import { printable } from './printable.ts';

/** Below this a value is not treated as a secret: it would redact ordinary words. */
export const MIN_SECRET_LENGTH = 4;

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The forms a secret takes once rendered: as is, inside a JSON string (quotes and backslashes
 * escaped), inside HTML (the job summary escapes &, <, >, quotes), and on a terminal (control
 * characters as U+FFFD; a table cell folds tabs and line breaks to a space). A password with a
 * quote or a tab in it would otherwise slip past a redactor that only knows its raw form.
 */
function renderedForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const html = secret.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
  const terminal = printable(secret);
  const cell = printable(secret.replace(/[\t\r\n]+/g, ' '));
  return [...new Set([secret, json, html, terminal, cell])].filter((form) => form.length >= MIN_SECRET_LENGTH);
}

/**
 * Replaces known secrets (the API token, passwords of the batch in flight) in any text that could
 * reach a log line, an error message or an output, wherever they occur: errors can quote server
 * bodies, and a hostile or careless server may echo a secret back as data (a token inside a
 * user's name). Each adapter passes what it renders through one redactor at the one place it
 * renders, rather than trusting every message author and every server.
 */
export class Redactor {
  private readonly secrets = new Set<string>();
  private readonly forms = new Set<string>();
  /** The forms longest first, so that a secret containing another is replaced whole; built when needed. */
  private ordered: string[] | undefined;

  constructor(secrets: Iterable<string | null | undefined> = []) {
    for (const secret of secrets) this.add(secret);
  }

  add(secret: string | null | undefined): void {
    if (!secret || secret.length < MIN_SECRET_LENGTH || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    for (const form of renderedForms(secret)) this.forms.add(form);
    this.ordered = undefined;
  }

  /** A redactor that knows this one's secrets plus more, without changing this one. */
  with(secrets: Iterable<string | null | undefined>): Redactor {
    return new Redactor([...this.secrets, ...secrets]);
  }

  /** Every occurrence of every secret, in each of its rendered forms, becomes `***`. */
  redact(text: string): string {
    this.ordered ??= [...this.forms].sort((a, b) => b.length - a.length);
    // Until nothing changes: a replacement can join its `***` with the text around it into another
    // secret (one that has asterisks in it). Each pass that changes the text shortens it, so this ends.
    let out = text;
    let before: string;
    do {
      before = out;
      for (const form of this.ordered) out = out.split(form).join('***');
    } while (out !== before);
    return out;
  }

  /** Redacts every string inside a JSON-like value, keys included. */
  redactValue<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((item) => this.redactValue(item)) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.redact(k), this.redactValue(v)])) as T;
    }
    return value;
  }
}

/** A logger whose every line passes the redactor first; `redactor` is read at each line. */
export function redactingLogger(logger: Logger, redactor: () => Redactor | undefined): Logger {
  const line = (write: (message: string) => void) => (message: string) => write(redactor()?.redact(message) ?? message);
  return {
    debug: line((m) => logger.debug(m)),
    info: line((m) => logger.info(m)),
    warn: line((m) => logger.warn(m)),
    error: line((m) => logger.error(m)),
  };
}
