/**
 * The cases the speed issue names, each against its floor in the same run, at a given added
 * latency of the local org (`--latency-ms`): batch create, the two dry runs (one where a walk is
 * cheaper, one where lookups are), create with skip existing, and paging.
 */
import { Anyscale } from '../src/core/anyscale.ts';
import { seedUsers, startOrgProcess, type OrgProcess } from './org-process.ts';
import { rawCreate, rawLookups, rawWalk } from './raw.ts';
import type { BenchRow } from './report.ts';
import { fmt, median } from './stats.ts';

export interface LatencySizes {
  create: number;
  /** Users in the org for the dry runs and skip existing, besides the seeded few: half of each batch. */
  org: number;
  lookups: number;
  list: number;
}

function batch(count: number, prefix: string, first = 0) {
  return Array.from({ length: count }, (_, i) => ({
    name: `Batch ${first + i}`,
    email: `${prefix}-${first + i}@bench.test`,
    is_sso_user: false,
  }));
}

const sdkFor = (org: OrgProcess) => new Anyscale({ host: org.url, token: org.ownerToken, env: {} });

async function timed(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

/** Interleaved runs of the measured thing and its floor: a noisy neighbour slows both alike. */
async function compare(
  runs: number,
  sdk: (run: number) => Promise<number>,
  floor: (run: number) => Promise<number>,
): Promise<{ sdk: number; floor: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let run = 0; run < runs; run++) {
    b.push(await floor(run));
    a.push(await sdk(run));
  }
  return { sdk: median(a), floor: median(b) };
}

function row(latencyMs: number, metric: string, result: { sdk: number; floor: number }, floorName: string, goal: number): BenchRow {
  const ratio = result.sdk / result.floor;
  return {
    section: `${latencyMs} ms`,
    metric,
    value: `${fmt(result.sdk, 0)} ms`,
    floor: `${fmt(result.floor, 0)} ms ${floorName}`,
    ratio,
    target: `≤ ${goal.toFixed(2)}×`,
    goal,
  };
}

export async function benchAtLatency(
  latencyMs: number,
  sizes: LatencySizes,
  runs: number,
  progress: (message: string) => void,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const args = ['--latency-ms', String(latencyMs)];

  progress(`${latencyMs} ms: batch create of ${sizes.create}`);
  const createOrg = await startOrgProcess(args);
  try {
    const sdk = sdkFor(createOrg);
    // About a second a pair at 50 ms: two more runs buy a steadier median for little.
    const result = await compare(
      runs + 2,
      (run) =>
        timed(async () => {
          const report = await sdk.user.adminBatchCreate(batch(sizes.create, `sdk${run}`));
          if (!report.ok) throw new Error(`batch create failed: ${report.error?.message}`);
        }),
      (run) => timed(() => rawCreate(createOrg, batch(sizes.create, `raw${run}`))),
    );
    rows.push(
      row(
        latencyMs,
        `batch create of ${sizes.create.toLocaleString('en')} new users, default settings`,
        result,
        'raw fetch, 8 chunks in flight',
        1.25,
      ),
    );
  } finally {
    await createOrg.stop();
  }

  // One org for both dry runs: `org` users, of which the first half of each batch exists.
  progress(`${latencyMs} ms: dry runs in an org of ${sizes.org}`);
  const dryOrg = await startOrgProcess(args);
  try {
    await seedUsers(dryOrg, sizes.org, 'present');
    const sdk = sdkFor(dryOrg);
    // The first half of a batch is in the org (the org holds `org` of those users), the rest is not.
    const half = (count: number) => [...batch(count / 2, 'present'), ...batch(count / 2, 'absent')];
    const walkBatch = half(sizes.create);
    const walk = await compare(
      runs,
      () => timed(() => sdk.user.adminBatchCreate(walkBatch, { dryRun: true })),
      () => timed(() => rawWalk(dryOrg)),
    );
    rows.push(
      row(
        latencyMs,
        `dry run of ${sizes.create.toLocaleString('en')} users, half existing (org of ${sizes.org.toLocaleString('en')}: a walk is cheaper)`,
        walk,
        'raw sequential walk',
        1.25,
      ),
    );
    const lookupBatch = half(sizes.lookups);
    const lookups = await compare(
      runs + 2,
      () => timed(() => sdk.user.adminBatchCreate(lookupBatch, { dryRun: true })),
      () =>
        timed(() =>
          rawLookups(
            dryOrg,
            lookupBatch.map((user) => user.email),
          ),
        ),
    );
    rows.push(
      row(
        latencyMs,
        `dry run of ${sizes.lookups} users, half existing, same org (lookups are cheaper)`,
        lookups,
        'raw lookups, 8 in flight',
        1.25,
      ),
    );
  } finally {
    await dryOrg.stop();
  }

  // Creating changes the org, so each run gets an org of its own, seeded alike.
  progress(`${latencyMs} ms: create ${sizes.create} with skip existing`);
  const freshOrg = async () => {
    const org = await startOrgProcess(args);
    await seedUsers(org, sizes.org, 'present');
    return org;
  };
  const skipBatch = [...batch(sizes.create / 2, 'present'), ...batch(sizes.create / 2, 'new')];
  const skip = await compare(
    runs,
    async () => {
      const org = await freshOrg();
      try {
        return await timed(async () => {
          const report = await sdkFor(org).user.adminBatchCreate(skipBatch, { skipExisting: true });
          if (!report.ok || report.skipped.length !== sizes.create / 2) throw new Error('skip existing did not skip half');
        });
      } finally {
        await org.stop();
      }
    },
    async () => {
      const org = await freshOrg();
      try {
        return await timed(async () => {
          const existing = new Set(await rawWalk(org));
          await rawCreate(
            org,
            skipBatch.filter((user) => !existing.has(user.email)),
          );
        });
      } finally {
        await org.stop();
      }
    },
  );
  rows.push(
    row(
      latencyMs,
      `create ${sizes.create.toLocaleString('en')} users, half existing (skip existing, org of ${sizes.org.toLocaleString('en')})`,
      skip,
      'raw walk, then raw creates 8 in flight',
      1.25,
    ),
  );

  progress(`${latencyMs} ms: list ${sizes.list}`);
  const listOrg = await startOrgProcess(args);
  try {
    await seedUsers(listOrg, sizes.list, 'listed');
    const sdk = sdkFor(listOrg);
    const list = await compare(
      runs,
      () =>
        timed(async () => {
          let count = 0;
          for await (const user of sdk.user.list({ collaborator_type: 'all_accounts', page_size: 50, max_items: sizes.list }))
            if (user.email) count++;
          if (count !== sizes.list) throw new Error(`list saw ${count} users`);
        }),
      () => timed(() => rawWalk(listOrg, { collaborator_type: 'all_accounts' }, sizes.list)),
    );
    rows.push(row(latencyMs, `list ${sizes.list.toLocaleString('en')} users, page size 50`, list, 'raw sequential loop', 1.1));
  } finally {
    await listOrg.stop();
  }
  return rows;
}
