import * as core from '@actions/core';
import { redactingLogger } from '../core/redact.ts';
import type { Logger } from '../core/logger.ts';
import { actionsLogger } from './logger.ts';
import type { SecretMask } from './masking.ts';
import { setOutputs } from './outputs.ts';
import type { ActionOutputs } from './results.ts';

/**
 * Everything the action shows leaves through here: log lines, the step's verdict, its outputs (and
 * so the result file) and the job summary. Each passes the run's redactor, so a secret the server
 * echoes back as data (a token inside a user's name) is scrubbed like one quoted in an error. The
 * runner masks log lines on its own, but not outputs (it drops those) nor the summary.
 */
export class ActionSink {
  readonly #secrets: SecretMask;
  readonly logger: Logger;

  constructor(secrets: SecretMask) {
    this.#secrets = secrets;
    this.logger = redactingLogger(actionsLogger, () => secrets.redactor);
  }

  #redact(text: string): string {
    return this.#secrets.redactor.redact(text);
  }

  info(message: string): void {
    core.info(this.#redact(message));
  }

  notice(message: string): void {
    core.notice(this.#redact(message));
  }

  /** An error annotation, e.g. on a line of the users file. */
  annotate(message: string, properties: core.AnnotationProperties): void {
    core.error(this.#redact(message), properties);
  }

  failed(message: string): void {
    core.setFailed(this.#redact(message));
  }

  outputs(outputs: ActionOutputs): void {
    setOutputs(this.#secrets.redactor.redactValue(outputs));
  }

  /** Writes the job summary built in core.summary's buffer, redacted as a whole. */
  async summary(): Promise<void> {
    const text = this.#redact(core.summary.stringify());
    core.summary.emptyBuffer();
    if (!process.env.GITHUB_STEP_SUMMARY) {
      core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written.');
      return;
    }
    try {
      await core.summary.addRaw(text).write();
    } catch (error) {
      core.warning(this.#redact(`Could not write the job summary: ${(error as Error).message}`));
    }
  }
}
