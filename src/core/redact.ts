/**
 * Replaces known secrets (the API token, passwords of the batch in flight) in any text that could
 * reach a log line, an error message or an output. Errors can quote server bodies, and a server
 * may echo its input (FastAPI's 422 detail carries `input`), so redaction is applied at the edge
 * where text leaves core rather than trusted to every message author.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  constructor(secrets: Iterable<string | null | undefined> = []) {
    for (const secret of secrets) this.add(secret);
  }

  add(secret: string | null | undefined): void {
    // Very short values would redact ordinary words; real tokens and passwords are longer.
    if (secret && secret.length >= 4) this.secrets.add(secret);
  }

  /** A redactor that knows this one's secrets plus more, without changing this one. */
  with(secrets: Iterable<string | null | undefined>): Redactor {
    return new Redactor([...this.secrets, ...secrets]);
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }

  /** Redacts every string inside a JSON-like value. */
  redactValue<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((item) => this.redactValue(item)) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redactValue(v)])) as T;
    }
    return value;
  }
}
