import { COLLABORATOR_TYPES, checkCollaboratorType, type UserFilters } from '../core/operations/list-users.ts';
import { stringOption, type CommandName, type OptionValues } from './args.ts';
import { UsageError } from './usage-error.ts';

/** --collaborator-type, checked by core (any case), reported as a flag mistake. */
function collaboratorType(values: OptionValues, command: CommandName): UserFilters['collaborator_type'] {
  const raw = stringOption(values, 'collaborator-type');
  try {
    return checkCollaboratorType(raw);
  } catch {
    const choices = COLLABORATOR_TYPES.map((type) => `'${type}'`).join(', ');
    throw new UsageError(`Invalid value for '--collaborator-type': '${raw}' is not one of ${choices}.`, command);
  }
}

/** --service-account / --user-account: one setting (is_service_account), as in the Anyscale CLI. */
function serviceAccount(values: OptionValues, command: CommandName): boolean | undefined {
  const service = values['service-account'] === true;
  const user = values['user-account'] === true;
  if (service && user) throw new UsageError('give --service-account or --user-account, not both.', command);
  return service ? true : user ? false : undefined;
}

/** The filters list and get share, and their `• key = value` preamble lines. */
export function userFilters(
  values: OptionValues,
  command: CommandName,
  unset: string,
): { filters: UserFilters; preamble: [string, string][] } {
  const filters: UserFilters = {
    email: stringOption(values, 'email'),
    name: stringOption(values, 'name'),
    collaborator_type: collaboratorType(values, command),
    is_service_account: serviceAccount(values, command),
  };
  const shown = (value: string | boolean | null | undefined) => (value == null ? unset : String(value));
  return {
    filters,
    preamble: [
      ['email', shown(filters.email)],
      ['name', shown(filters.name)],
      ['collaborator type', shown(filters.collaborator_type)],
      ['service account', shown(filters.is_service_account)],
    ],
  };
}
