import type { OrgAccount, PlannedUser, UsersPlan } from '../core/operations/plan-users.ts';
import { plural } from '../core/plural.ts';

/** GitHub's limit for the body of a comment, in characters; the plan-markdown output never exceeds it. */
export const MAX_PLAN_MARKDOWN = 65_536;

/** A code span's or a fenced block's fence must be longer than any run of backticks inside it. */
const longestBacktickRun = (text: string) => Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));

/**
 * A table cell that shows its text as written. Names and emails come from whoever wrote the file or
 * joined the org: in a code span no Markdown or HTML in them renders, no `@name` notifies anyone and
 * no address becomes a link. A pipe would still end the cell, and a line break the row.
 */
export function markdownCell(text: string | undefined): string {
  const flat = (text ?? '').replace(/\r\n?|\n/g, ' ').replaceAll('|', '\\|');
  if (flat === '') return '';
  const fence = '`'.repeat(longestBacktickRun(flat) + 1);
  // A span that starts or ends with a backtick, or with spaces on both sides, needs a space of
  // padding each side, which the renderer strips again.
  const pad = /^`|`$/.test(flat) || /^ .*[^ ].* $/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

const toCreateRow = (u: PlannedUser) =>
  `| ${markdownCell(u.email)} | ${markdownCell(u.name)} | ${u.is_sso_user ? 'yes' : 'no'} | ${u.password_set ? 'set' : 'none'} |`;
const strayRow = (u: OrgAccount) =>
  `| ${markdownCell(u.email)} | ${markdownCell(u.name)} | ${markdownCell(u.permission_level)} | ${markdownCell(u.user_id)} |`;

interface Section {
  heading: string;
  intro?: string;
  tableHead: string;
  rows: string[];
  /** What the rows are, for the note on a cut table: "to create", "strays". */
  what: string;
}

const cutNote = (left: number, what: string) =>
  `_…and ${left} more ${what} not shown, to keep this under GitHub's limit of ${MAX_PLAN_MARKDOWN} characters for a comment; all of them are in the step's \`result\` output._`;

function headOf(plan: UsersPlan): string {
  const { to_create, present, strays } = plan.counts;
  const differs = to_create > 0 || strays > 0;
  const title = differs ? `${to_create} to create, ${plural(strays, 'stray')}` : 'no changes';
  const verdict = differs ? 'The organization differs from the file.' : 'No changes: the organization matches the file.';
  const lines = [
    `### Anyscale users plan: ${title}`,
    '',
    `${verdict} **${to_create}** to create, **${present}** present (left alone), **${strays}** ${strays === 1 ? 'stray' : 'strays'} (in the organization, not in the file; nothing is removed).`,
    '',
    `Fingerprint: \`${plan.fingerprint}\``,
  ];
  if (to_create > 0) {
    lines.push(
      '',
      'An apply with input `expect-plan` set to this fingerprint creates exactly these users, and nothing if the plan has changed since.',
    );
  }
  return lines.join('\n');
}

function sectionsOf(plan: UsersPlan): Section[] {
  const sections: Section[] = [];
  if (plan.to_create.length > 0) {
    sections.push({
      heading: `#### To create (${plan.counts.to_create})`,
      tableHead: '| Email | Name | SSO | Password |\n| --- | --- | --- | --- |',
      rows: plan.to_create.map(toCreateRow),
      what: 'to create',
    });
  }
  if (plan.strays.length > 0) {
    sections.push({
      heading: `#### Strays (${plan.counts.strays})`,
      intro:
        'In the organization and not in the file. Nothing here removes them: add them to the file, or remove them in the Anyscale console.',
      tableHead: '| Email | Name | Permission | User ID |\n| --- | --- | --- | --- |',
      rows: plan.strays.map(strayRow),
      what: 'strays',
    });
  }
  return sections;
}

const sizeOfRows = (rows: readonly string[]) => rows.reduce((sum, row) => sum + row.length + 1, 0);

/** The longest prefix of rows that fits in budget characters (each row and its line break). */
function rowsThatFit(rows: readonly string[], budget: number): number {
  let used = 0;
  let count = 0;
  for (const row of rows) {
    if (used + row.length + 1 > budget) break;
    used += row.length + 1;
    count++;
  }
  return count;
}

/**
 * The plan as Markdown, for the job summary and the pull-request comment: the counts, the
 * fingerprint, who would be created and the strays. Never longer than maxLength: when the tables
 * do not fit, each is cut with a line saying how many were left out. To-create rows come first,
 * but strays keep up to half the room, so a big change does not hide them.
 */
export function planMarkdown(plan: UsersPlan, maxLength: number = MAX_PLAN_MARKDOWN): string {
  const head = headOf(plan);
  const sections = sectionsOf(plan);
  const frame = (s: Section) => ['', s.heading, '', ...(s.intro ? [s.intro, ''] : []), s.tableHead].join('\n').length + 1;
  // Room for every note, at its longest, is kept whatever happens, so that adding one cannot overflow.
  const fixed = head.length + 1 + sections.reduce((sum, s) => sum + frame(s) + 2 + cutNote(s.rows.length, s.what).length + 1, 0);
  let room = Math.max(0, maxLength - fixed);
  const shown: number[] = [];
  sections.forEach((section, i) => {
    const later = sections.slice(i + 1).reduce((sum, s) => sum + sizeOfRows(s.rows), 0);
    const budget = room - Math.min(later, Math.floor(room / 2));
    const count = rowsThatFit(section.rows, budget);
    shown.push(count);
    room -= sizeOfRows(section.rows.slice(0, count));
  });
  const parts = [head];
  sections.forEach((section, i) => {
    const count = shown[i]!;
    parts.push('', section.heading, '');
    if (section.intro) parts.push(section.intro, '');
    if (count > 0) parts.push(section.tableHead, ...section.rows.slice(0, count));
    if (count < section.rows.length) parts.push(...(count > 0 ? [''] : []), cutNote(section.rows.length - count, section.what));
  });
  const text = `${parts.join('\n')}\n`;
  // Only a limit too small for the frame itself (never the default) gets here.
  return text.length <= maxLength ? text : text.slice(0, maxLength);
}

/**
 * What a plan that failed shows instead (a users file that does not validate, a refused token):
 * the failure, in a fenced block so that nothing in it renders, cut to maxLength.
 */
export function planFailureMarkdown(failure: string, maxLength: number = MAX_PLAN_MARKDOWN): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(failure) + 1));
  const head =
    "### Anyscale users plan: failed\n\nNo plan could be made, so an earlier plan shown here no longer holds. The job's log and summary have the details.\n\n";
  const tail = `\n${fence}\n`;
  const room = maxLength - head.length - fence.length - 'text\n'.length - tail.length;
  const text = failure.length <= room ? failure : `${failure.slice(0, Math.max(0, room - 1))}…`;
  return `${head}${fence}text\n${text}${tail}`;
}
