import type { UsersPlan } from '../core/operations/plan-users.ts';
import { Redactor } from '../core/redact.ts';
import { stringOption, switchOption } from './args.ts';
import { loadUsersFile } from './users-file.ts';
import { connect } from './connection.ts';
import type { CommandContext } from './context.ts';
import { writeJson } from './json.ts';
import { UsageError } from './usage-error.ts';

/** What `terraform plan -detailed-exitcode` exits with when there are changes. */
const EXIT_DIFFERS = 2;

function planText(plan: UsersPlan): string {
  const lines: string[] = [];
  for (const user of plan.to_create) lines.push(`  + ${user.email} (${user.name})${user.password_set ? ', password set' : ''}`);
  for (const stray of plan.strays) lines.push(`  ? ${stray.email} (${stray.name}, ${stray.permission_level}): in the org, not in the file`);
  const { to_create, present, strays } = plan.counts;
  lines.push(`Plan: ${to_create} to create, ${present} present, ${strays} strays.`, `Fingerprint: ${plan.fingerprint}`);
  return `${lines.join('\n')}\n`;
}

/** `anyscale-users plan -f FILE`: the file against the org, and the fingerprint to apply. */
export async function runPlan(context: CommandContext): Promise<number> {
  const { values, terminal, command } = context;
  const file = stringOption(values, 'users-file');
  const json = switchOption(values, 'json', command, false);
  context.jsonFailure = json;
  if (file === undefined) throw new UsageError("Missing option '-f' / '--users-file'.", command);
  const detailed = values['detailed-exitcode'] === true;
  const users = await loadUsersFile(file, context);
  context.redactor = new Redactor(users.map((user) => user.password));
  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor.with(users.map((user) => user.password));
  try {
    const plan = await connection.anyscale.user.plan(users, {
      include_service_accounts: values['include-service-accounts'] === true,
      signal: context.signal,
    });
    if (json) writeJson(terminal.out, plan);
    else terminal.out.write(planText(plan));
    const differs = plan.counts.to_create > 0 || plan.counts.strays > 0;
    return detailed && differs ? EXIT_DIFFERS : 0;
  } finally {
    await connection.close();
  }
}
