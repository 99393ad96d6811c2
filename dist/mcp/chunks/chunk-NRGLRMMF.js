import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/core/printable.ts
function printable(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD");
}

// src/core/redact.ts
var MIN_SECRET_LENGTH = 4;
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function renderedForms(secret) {
  const json = JSON.stringify(secret).slice(1, -1);
  const html = secret.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
  const terminal = printable(secret);
  const cell = printable(secret.replace(/[\t\r\n]+/g, " "));
  return [.../* @__PURE__ */ new Set([secret, json, html, terminal, cell])].filter((form) => form.length >= MIN_SECRET_LENGTH);
}
var Redactor = class _Redactor {
  secrets = /* @__PURE__ */ new Set();
  forms = /* @__PURE__ */ new Set();
  /** The forms longest first, so that a secret containing another is replaced whole; built when needed. */
  ordered;
  constructor(secrets = []) {
    for (const secret of secrets) this.add(secret);
  }
  add(secret) {
    if (!secret || secret.length < MIN_SECRET_LENGTH || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    for (const form of renderedForms(secret)) this.forms.add(form);
    this.ordered = void 0;
  }
  /** A redactor that knows this one's secrets plus more, without changing this one. */
  with(secrets) {
    return new _Redactor([...this.secrets, ...secrets]);
  }
  /** Every occurrence of every secret, in each of its rendered forms, becomes `***`. */
  redact(text) {
    this.ordered ??= [...this.forms].sort((a, b) => b.length - a.length);
    let out = text;
    let before;
    do {
      before = out;
      for (const form of this.ordered) out = out.split(form).join("***");
    } while (out !== before);
    return out;
  }
  /** Redacts every string inside a JSON-like value, keys included. */
  redactValue(value) {
    if (typeof value === "string") return this.redact(value);
    if (Array.isArray(value)) return value.map((item) => this.redactValue(item));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.redact(k), this.redactValue(v)]));
    }
    return value;
  }
};
function redactingLogger(logger, redactor) {
  const line = (write) => (message) => write(redactor()?.redact(message) ?? message);
  return {
    debug: line((m) => logger.debug(m)),
    info: line((m) => logger.info(m)),
    warn: line((m) => logger.warn(m)),
    error: line((m) => logger.error(m))
  };
}

// src/core/version.ts
var VERSION = "0.1.0";
var PACKAGE_NAME = "anyscale-users";

export {
  Redactor,
  redactingLogger,
  VERSION,
  PACKAGE_NAME
};
