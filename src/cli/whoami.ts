import { canCreateUsers } from '../core/operations/get-user-info.ts';
import { switchOption } from './args.ts';
import { connect } from './connection.ts';
import type { CommandContext } from './context.ts';
import { writeJson } from './json.ts';
import { printable } from '../core/printable.ts';

function canCreateText(can: boolean | undefined): string {
  if (can === undefined) return 'unknown (the answer did not say the level)';
  return can ? 'yes' : 'no (batch-create needs an organization owner)';
}

/** `anyscale-users whoami`: who the token belongs to, its org, and whether it may create users. */
export async function runWhoami(context: CommandContext): Promise<number> {
  const { values, terminal, command } = context;
  const json = switchOption(values, 'json', command, false);
  const connection = await connect(context.global, context.logger);
  context.redactor = connection.redactor;
  try {
    const info = await connection.anyscale.getUserInfo({ signal: context.signal });
    const can = canCreateUsers(info);
    if (json) {
      writeJson(terminal.out, { host: connection.host, ...info, can_create_users: can ?? null });
      return 0;
    }
    const lines: [string, string | undefined][] = [
      ['Email', info.email],
      ['Name', info.name],
      ['ID', info.id],
      ['Organization', info.organization_ids?.join(', ')],
      ['Level', info.organization_permission_level],
      ['Can create users', canCreateText(can)],
      ['Host', connection.host],
    ];
    const width = Math.max(...lines.map(([label]) => label.length));
    for (const [label, value] of lines) terminal.out.write(`${`${label}:`.padEnd(width + 2)}${printable(value ?? '-')}\n`);
    return 0;
  } finally {
    await connection.close();
  }
}
