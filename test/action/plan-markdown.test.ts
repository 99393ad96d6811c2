import { describe, expect, it } from 'vitest';
import type { AdminCreateUser, User } from '../../src/core/models.ts';
import { comparePlan } from '../../src/core/operations/plan-users.ts';
import { MAX_PLAN_MARKDOWN, markdownCell, planFailureMarkdown, planMarkdown } from '../../src/action/plan-markdown.ts';

const fileUser = (i: number, name = `Person ${i}`): AdminCreateUser => ({
  name,
  email: `person${String(i).padStart(5, '0')}@big.example`,
  is_sso_user: i % 2 === 0,
});
const orgUser = (i: number): User =>
  ({
    name: `Stray ${i}`,
    email: `stray${String(i).padStart(5, '0')}@org.example`,
    permission_level: 'collaborator',
    user_id: `usr_${i}`,
  }) as User;

const planOf = (toCreate: number, strays: number) =>
  comparePlan(
    Array.from({ length: toCreate }, (_, i) => fileUser(i)),
    { users: Array.from({ length: strays }, (_, i) => orgUser(i)), services: [] },
    false,
  );

const rowsOf = (markdown: string, heading: string) => {
  const section = markdown.split(/^#### /m).find((part) => part.startsWith(heading)) ?? '';
  return section.split('\n').filter((line) => line.startsWith('| `'));
};

describe('markdownCell', () => {
  it('shows names as written: no Markdown, HTML, mention or link renders, and a pipe stays in its cell', () => {
    expect(markdownCell('Ada')).toBe('`Ada`');
    expect(markdownCell('a|b')).toBe('`a\\|b`');
    expect(markdownCell('<img src=x> @octocat **bold**')).toBe('`<img src=x> @octocat **bold**`');
    expect(markdownCell('line\nbreak\r\nagain')).toBe('`line break again`');
    expect(markdownCell('has `ticks` and ``more``')).toBe('``` has `ticks` and ``more`` ```');
    expect(markdownCell('`edge`')).toBe('`` `edge` ``');
    expect(markdownCell(' spaced ')).toBe('`  spaced  `');
    expect(markdownCell('')).toBe('');
    expect(markdownCell(undefined)).toBe('');
  });
});

describe('planMarkdown', () => {
  it('lists every user to create and every stray when they fit', () => {
    const markdown = planMarkdown(planOf(3, 2));
    expect(markdown).toMatch(/^### Anyscale users plan: 3 to create, 2 strays\n/);
    expect(rowsOf(markdown, 'To create')).toHaveLength(3);
    expect(rowsOf(markdown, 'Strays')).toEqual([
      '| `stray00000@org.example` | `Stray 0` | `collaborator` | `usr_0` |',
      '| `stray00001@org.example` | `Stray 1` | `collaborator` | `usr_1` |',
    ]);
    expect(markdown).toContain('| `person00000@big.example` | `Person 0` | yes | none |');
    expect(markdown).not.toContain('not shown');
  });

  it('keeps a 5,000-user plan within the limit, saying how many were left out of each table', () => {
    const plan = planOf(5000, 3000);
    const markdown = planMarkdown(plan);
    expect(markdown.length).toBeLessThanOrEqual(MAX_PLAN_MARKDOWN);
    expect(markdown.length).toBeGreaterThan(MAX_PLAN_MARKDOWN - 500);
    const created = rowsOf(markdown, 'To create').length;
    const strays = rowsOf(markdown, 'Strays').length;
    expect(created).toBeGreaterThan(100);
    // Strays keep up to half the room, so a big change does not hide them.
    expect(strays).toBeGreaterThan(100);
    expect(markdown).toContain(`_…and ${5000 - created} more to create not shown`);
    expect(markdown).toContain(`_…and ${3000 - strays} more strays not shown`);
    expect(markdown).toContain(`Fingerprint: \`${plan.fingerprint}\``);
  });

  it('stays within any smaller limit, filling the room it is given', () => {
    const plan = planOf(400, 0);
    for (const limit of [4_000, 10_000, 20_001]) {
      const markdown = planMarkdown(plan, limit);
      expect(markdown.length).toBeLessThanOrEqual(limit);
      const shown = rowsOf(markdown, 'To create').length;
      expect(markdown).toContain(`_…and ${400 - shown} more to create not shown`);
      // What is left is less than one more row would take.
      const row = rowsOf(markdown, 'To create')[0]!;
      expect(limit - markdown.length).toBeLessThan(row.length + 1 + 10);
    }
  });

  it('gives strays all the room when nothing is to be created', () => {
    const markdown = planMarkdown(planOf(0, 5000));
    expect(markdown.length).toBeLessThanOrEqual(MAX_PLAN_MARKDOWN);
    expect(markdown).toMatch(/^### Anyscale users plan: 0 to create, 5000 strays\n/);
    expect(markdown).not.toContain('#### To create');
    expect(markdown).not.toContain('expect-plan');
    expect(rowsOf(markdown, 'Strays').length).toBeGreaterThan(800);
  });

  it('says so when there are no changes', () => {
    expect(planMarkdown(planOf(0, 0))).toBe(
      [
        '### Anyscale users plan: no changes',
        '',
        'No changes: the organization matches the file. **0** to create, **0** present (left alone), **0** strays (in the organization, not in the file; nothing is removed).',
        '',
        `Fingerprint: \`${planOf(0, 0).fingerprint}\``,
        '',
      ].join('\n'),
    );
  });
});

describe('planFailureMarkdown', () => {
  it('shows the failure in a fence no backtick in it can close, within the limit', () => {
    const markdown = planFailureMarkdown('VALIDATION: users.yaml:3: name ```` is odd');
    expect(markdown).toMatch(/^### Anyscale users plan: failed\n/);
    expect(markdown).toContain('\n`````text\nVALIDATION: users.yaml:3: name ```` is odd\n`````\n');
    const long = planFailureMarkdown('x'.repeat(10_000), 2_000);
    expect(long.length).toBeLessThanOrEqual(2_000);
    expect(long).toMatch(/x…\n```\n$/);
  });
});
