import * as core from '@actions/core';
import type { Logger } from '../core/logger.ts';

/**
 * Core's log lines, in the step's log. Debug lines show only with step debug logging on
 * (ACTIONS_STEP_DEBUG), which keeps per-request lines out of ordinary runs.
 */
export const actionsLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  error: (message) => core.error(message),
};
