import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory, startHarness, type Harness, type TestClient } from './helpers.ts';

/*
 * Seeded tool-argument fuzzing: every call, however wrong its arguments, comes back as a tool
 * result (an error result with text when refused), never a crash of the server or a protocol
 * failure; and without a confirmation nothing is ever created.
 */
const SEED = 20_261_203;

const value = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('a@x.io', 'ada@example.com', 'all_accounts', 'plan_AAAAAAAAAAAAAAAAAAAAAAAA', '', '\u0000'),
  fc.integer({ min: -5, max: 600 }),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
);
const user = fc.oneof(
  fc.record(
    {
      name: fc.string({ maxLength: 4 }),
      email: fc.constantFrom('fz1@x.io', 'fz2@x.io', 'ada@example.com', 'bad'),
      is_sso_user: fc.oneof(fc.boolean(), value),
    },
    { requiredKeys: [] },
  ),
  value,
);
const KEYS = [
  'email',
  'name',
  'limit',
  'cursor',
  'collaborator_type',
  'is_service_account',
  'users',
  'dry_run',
  'skip_existing',
  'confirm_plan_id',
  'page_size',
];
const args = fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(value, fc.array(user, { maxLength: 4 })), { maxKeys: 5 });
const call = fc.tuple(fc.constantFrom('list_users', 'get_user', 'batch_create_users'), args);

describe('MCP tool arguments, fuzzed', () => {
  let harness: Harness;
  let client: TestClient;

  beforeAll(async () => {
    harness = await startHarness();
    client = await connectInMemory('v2', harness);
  });
  afterAll(async () => {
    await client.close();
    await harness.close();
  });

  it('answer every call with a result, and create nobody without confirmation', async () => {
    const before = harness.org.store.list({}, { count: 50 }).total;
    await fc.assert(
      fc.asyncProperty(call, async ([tool, argumentsOf]) => {
        const result = await client.call(tool, argumentsOf);
        expect(Array.isArray(result.content)).toBe(true);
        const text = (result.content as { type: string; text?: string }[]).map((block) => block.text ?? '').join('');
        expect(text.length).toBeGreaterThan(0);
        if (result.isError) expect(text).not.toMatch(/at .*\.ts:\d+|TypeError|ReferenceError/);
      }),
      { seed: SEED, numRuns: 150 },
    );
    expect(harness.org.store.list({}, { count: 50 }).total).toBe(before);
  });
});
