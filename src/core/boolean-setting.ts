/**
 * The one reading of a yes/no setting (environment variables, action inputs, CLI values). The
 * spellings are PyYAML's YAML 1.1 booleans plus 1 and 0, in any case, so a value that works for the
 * Anyscale CLI works here. Anything else is undefined, and callers turn that into an error that
 * names the setting: an unknown value must never quietly mean "off".
 */
const TRUE_SPELLINGS: ReadonlySet<string> = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE_SPELLINGS: ReadonlySet<string> = new Set(['false', 'no', 'n', 'off', '0']);

export const BOOLEAN_SPELLINGS = 'true/false, yes/no, y/n, on/off or 1/0, in any case';

export function parseBooleanSetting(value: string): boolean | undefined {
  const lower = value.trim().toLowerCase();
  if (TRUE_SPELLINGS.has(lower)) return true;
  if (FALSE_SPELLINGS.has(lower)) return false;
  return undefined;
}
