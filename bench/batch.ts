import { Anyscale } from '../src/core/anyscale.ts';
import { authHeaders, type OrgProcess } from './org-process.ts';
import type { BenchRow } from './report.ts';
import { fmt, median, ratio, repeat } from './stats.ts';

const CHUNK = 100;

function batch(users: number, prefix: string) {
  return Array.from({ length: users }, (_, i) => ({ name: `Batch ${i}`, email: `${prefix}-${i}@batch.test`, is_sso_user: i % 2 === 0 }));
}

/** The floor: the same chunks POSTed one after another with nothing but fetch. */
async function rawCreate(org: OrgProcess, users: ReturnType<typeof batch>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < users.length; i += CHUNK) {
    const response = await fetch(`${org.url}/api/v2/users/admin_batch_create`, {
      method: 'POST',
      headers: authHeaders(org.ownerToken),
      body: JSON.stringify(users.slice(i, i + CHUNK)),
    });
    if (!response.ok) throw new Error(`raw create failed: ${response.status}`);
    await response.json();
  }
  return performance.now() - started;
}

/** Section 4: adminBatchCreate against raw chunked POSTs, then the same batch with skip_existing. */
export async function benchBatch(org: OrgProcess, users: number, runs: number): Promise<BenchRow[]> {
  const anyscale = new Anyscale({ host: org.url, token: org.ownerToken, env: {} });
  const sdkMs: number[] = [];
  const rawMs: number[] = [];
  let last = batch(0, '');
  await repeat(runs, async (run) => {
    rawMs.push(await rawCreate(org, batch(users, `raw${run}`)));
    last = batch(users, `sdk${run}`);
    const started = performance.now();
    const report = await anyscale.user.adminBatchCreate(last, { chunkSize: CHUNK });
    sdkMs.push(performance.now() - started);
    if (!report.ok) throw new Error(`batch create failed: ${report.error?.message}`);
  });

  const requestsBefore = anyscale.client.stats.requests;
  const again = await anyscale.user.adminBatchCreate(last, { chunkSize: CHUNK, skipExisting: true });
  const used = anyscale.client.stats.requests - requestsBefore;
  if (again.skipped.length !== users) throw new Error(`skip_existing skipped ${again.skipped.length} of ${users}`);
  const total = (await anyscale.user.listPage({ page_size: 1 })).total ?? 0;
  const walkCost = Math.ceil(total / 50);
  const cheapest = Math.min(users, walkCost);

  const batchRatio = ratio(median(sdkMs), median(rawMs));
  return [
    {
      section: 'batch',
      metric: `adminBatchCreate of ${users.toLocaleString('en')} users in chunks of ${CHUNK}`,
      value: `${fmt(median(sdkMs), 0)} ms`,
      floor: `${fmt(median(rawMs), 0)} ms raw fetch`,
      ratio: batchRatio,
      target: '≤ 1.15×',
      met: batchRatio <= 1.15,
    },
    {
      section: 'batch',
      metric: `same batch again with skip_existing (org of ${total.toLocaleString('en')})`,
      value: `${used} requests`,
      floor: `${cheapest} (lookups ${users}, walk ${walkCost})`,
      ratio: used / cheapest,
      target: '≤ cheaper strategy',
      met: used <= cheapest,
    },
  ];
}
