import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/core/version.ts
var VERSION = "0.1.0";
var PACKAGE_NAME = "anyscale-users";

// src/core/plural.ts
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

// src/action/plan-markdown.ts
var MAX_PLAN_MARKDOWN = 65536;
var longestBacktickRun = (text) => Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
function markdownCell(text) {
  const flat = (text ?? "").replace(/\r\n?|\n/g, " ").replaceAll("|", "\\|");
  if (flat === "") return "";
  const fence = "`".repeat(longestBacktickRun(flat) + 1);
  const pad = /^`|`$/.test(flat) || /^ .*[^ ].* $/.test(flat) ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
var toCreateRow = (u) => `| ${markdownCell(u.email)} | ${markdownCell(u.name)} | ${u.is_sso_user ? "yes" : "no"} | ${u.password_set ? "set" : "none"} |`;
var strayRow = (u) => `| ${markdownCell(u.email)} | ${markdownCell(u.name)} | ${markdownCell(u.permission_level)} | ${markdownCell(u.user_id)} |`;
var cutNote = (left, what) => `_\u2026and ${left} more ${what} not shown, to keep this under GitHub's limit of ${MAX_PLAN_MARKDOWN} characters for a comment; all of them are in the step's \`result\` output._`;
function headOf(plan) {
  const { to_create, present, strays } = plan.counts;
  const differs = to_create > 0 || strays > 0;
  const title = differs ? `${to_create} to create, ${plural(strays, "stray")}` : "no changes";
  const verdict = differs ? "The organization differs from the file." : "No changes: the organization matches the file.";
  const lines = [
    `### Anyscale users plan: ${title}`,
    "",
    `${verdict} **${to_create}** to create, **${present}** present (left alone), **${strays}** ${strays === 1 ? "stray" : "strays"} (in the organization, not in the file; nothing is removed).`,
    "",
    `Fingerprint: \`${plan.fingerprint}\``
  ];
  if (to_create > 0) {
    lines.push(
      "",
      "An apply with input `expect-plan` set to this fingerprint creates exactly these users, and nothing if the plan has changed since."
    );
  }
  return lines.join("\n");
}
function sectionsOf(plan) {
  const sections = [];
  if (plan.to_create.length > 0) {
    sections.push({
      heading: `#### To create (${plan.counts.to_create})`,
      tableHead: "| Email | Name | SSO | Password |\n| --- | --- | --- | --- |",
      rows: plan.to_create.map(toCreateRow),
      what: "to create"
    });
  }
  if (plan.strays.length > 0) {
    sections.push({
      heading: `#### Strays (${plan.counts.strays})`,
      intro: "In the organization and not in the file. Nothing here removes them: add them to the file, or remove them in the Anyscale console.",
      tableHead: "| Email | Name | Permission | User ID |\n| --- | --- | --- | --- |",
      rows: plan.strays.map(strayRow),
      what: "strays"
    });
  }
  return sections;
}
var sizeOfRows = (rows) => rows.reduce((sum, row) => sum + row.length + 1, 0);
function rowsThatFit(rows, budget) {
  let used = 0;
  let count = 0;
  for (const row of rows) {
    if (used + row.length + 1 > budget) break;
    used += row.length + 1;
    count++;
  }
  return count;
}
function planMarkdown(plan, maxLength = MAX_PLAN_MARKDOWN) {
  const head = headOf(plan);
  const sections = sectionsOf(plan);
  const frame = (s) => ["", s.heading, "", ...s.intro ? [s.intro, ""] : [], s.tableHead].join("\n").length + 1;
  const fixed = head.length + 1 + sections.reduce((sum, s) => sum + frame(s) + 2 + cutNote(s.rows.length, s.what).length + 1, 0);
  let room = Math.max(0, maxLength - fixed);
  const shown = [];
  sections.forEach((section, i) => {
    const later = sections.slice(i + 1).reduce((sum, s) => sum + sizeOfRows(s.rows), 0);
    const budget = room - Math.min(later, Math.floor(room / 2));
    const count = rowsThatFit(section.rows, budget);
    shown.push(count);
    room -= sizeOfRows(section.rows.slice(0, count));
  });
  const parts = [head];
  sections.forEach((section, i) => {
    const count = shown[i];
    parts.push("", section.heading, "");
    if (section.intro) parts.push(section.intro, "");
    if (count > 0) parts.push(section.tableHead, ...section.rows.slice(0, count));
    if (count < section.rows.length) parts.push(...count > 0 ? [""] : [], cutNote(section.rows.length - count, section.what));
  });
  const text = `${parts.join("\n")}
`;
  return text.length <= maxLength ? text : text.slice(0, maxLength);
}
function planFailureMarkdown(failure, maxLength = MAX_PLAN_MARKDOWN) {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(failure) + 1));
  const head = "### Anyscale users plan: failed\n\nNo plan could be made, so an earlier plan shown here no longer holds. The job's log and summary have the details.\n\n";
  const tail = `
${fence}
`;
  const room = maxLength - head.length - fence.length - "text\n".length - tail.length;
  const text = failure.length <= room ? failure : `${failure.slice(0, Math.max(0, room - 1))}\u2026`;
  return `${head}${fence}text
${text}${tail}`;
}

export {
  plural,
  VERSION,
  PACKAGE_NAME,
  MAX_PLAN_MARKDOWN,
  planMarkdown,
  planFailureMarkdown
};
