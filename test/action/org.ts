import { afterAll, beforeAll } from 'vitest';
import { startLocalOrg, type LocalOrg } from '../../src/local/index.ts';

/** A local org for the whole test file, served over loopback from the test process. */
export function useLocalOrg(): { readonly org: LocalOrg } {
  const holder = {} as { org: LocalOrg };
  beforeAll(async () => {
    holder.org = await startLocalOrg();
  });
  afterAll(async () => {
    await holder.org?.close();
  });
  return holder;
}

/** The org's emails, straight from its store: what really exists, whatever the action said. */
/** The emails a listing without an account filter shows: user accounts only, as the real API does. */
export function emailsIn(org: LocalOrg): string[] {
  return org.store.list({ collaboratorType: 'only_user_accounts' }, { count: 100_000 }).rows.map((row) => row.email);
}

/** The inputs that point the action at this org as its owner. */
export function orgInputs(org: LocalOrg): Record<string, string> {
  return { 'anyscale-host': org.url, 'anyscale-token': org.ownerToken };
}
