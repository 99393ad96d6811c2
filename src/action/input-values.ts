import * as core from '@actions/core';
import { BOOLEAN_SPELLINGS, parseBooleanSetting } from '../core/boolean-setting.ts';
import { AnyscaleValidationError, type ValidationIssue } from '../core/errors.ts';

/*
 * Typed readers for the step's `with:` values. The runner passes every input as a string and
 * does not enforce `required: true`, so each reader checks its value itself and records a
 * problem that names the input; all problems are reported together.
 */

export class InputProblems {
  readonly #issues: ValidationIssue[] = [];

  add(input: string, message: string): void {
    this.#issues.push({ field: input, message });
  }

  /** Throws one validation error listing every problem found, if there is any. */
  throwIfAny(): void {
    if (this.#issues.length > 0) throw new AnyscaleValidationError(this.#issues);
  }
}

/** The input's value, or undefined when it is empty or not given. */
export function readText(input: string, options: { trim?: boolean } = {}): string | undefined {
  const value = core.getInput(input, { trimWhitespace: options.trim ?? true });
  return value.trim() === '' ? undefined : value;
}

/** Core's yes/no spellings in any case ("True", "no", "on"), more than core.getBooleanInput accepts. */
export function readBoolean(input: string, fallback: boolean, problems: InputProblems): boolean;
export function readBoolean(input: string, fallback: undefined, problems: InputProblems): boolean | undefined;
export function readBoolean(input: string, fallback: boolean | undefined, problems: InputProblems): boolean | undefined {
  const value = readText(input);
  if (value === undefined) return fallback;
  const parsed = parseBoolean(value);
  if (parsed === undefined) problems.add(input, `Input "${input}" must be ${BOOLEAN_SPELLINGS}; got "${value}".`);
  return parsed ?? fallback;
}

export const parseBoolean = parseBooleanSetting;

/** A whole number within [min, max]; undefined when not given. */
export function readInteger(input: string, range: { min: number; max?: number }, problems: InputProblems): number | undefined {
  const value = readText(input);
  if (value === undefined) return undefined;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  const { min, max } = range;
  if (!Number.isSafeInteger(number) || number < min || (max !== undefined && number > max)) {
    const bounds = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
    problems.add(input, `Input "${input}" must be a whole number ${bounds}; got "${value}".`);
    return undefined;
  }
  return number;
}
