import type { Redactor } from '../core/redact.ts';
import type { Terminal } from './terminal.ts';

/**
 * Everything the CLI prints goes through here: each string written to stdout or stderr passes the
 * redactor the command knows at that moment (the token once connected, a batch's passwords once
 * read). It is the one place secrets are scrubbed, so a token a server echoes inside a user's
 * name is caught like one quoted in an error. Every write is a whole line or more, so no secret
 * is split across two writes.
 */
export function redactedTerminal(terminal: Terminal, redactor: () => Redactor | undefined): Terminal {
  return { ...terminal, out: redactedStream(terminal.out, redactor), err: redactedStream(terminal.err, redactor) };
}

function redactedStream(stream: NodeJS.WritableStream, redactor: () => Redactor | undefined): NodeJS.WritableStream {
  return new Proxy(stream, {
    get(target, property) {
      if (property === 'write') {
        return (chunk: unknown, ...rest: unknown[]) =>
          (target.write as (...args: unknown[]) => boolean)(
            typeof chunk === 'string' ? (redactor()?.redact(chunk) ?? chunk) : chunk,
            ...rest,
          );
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
