import * as core from '@actions/core';
import { Redactor } from '../core/redact.ts';

/**
 * Every secret the run learns (tokens, users' passwords) is masked in the log at once, and kept
 * so that anything the action puts in an output or the summary can be redacted too: GitHub
 * silently drops an output that contains a masked value.
 */
export class SecretMask {
  readonly redactor = new Redactor();

  mask(secrets: Iterable<string | null | undefined>): void {
    for (const secret of secrets) {
      if (!secret) continue;
      core.setSecret(secret);
      this.redactor.add(secret);
    }
  }
}
