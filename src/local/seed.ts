import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newApiToken } from './ids.ts';
import type { NewAccount, UserStore } from './store.ts';

export interface OrgTokens {
  ownerToken: string;
  collaboratorToken: string;
  /** True when this call created the org, false when it reopened an existing one. */
  created: boolean;
}

const OWNER_TOKEN_FILE = 'owner-token';
const COLLABORATOR_TOKEN_FILE = 'collaborator-token';

/**
 * The people of a new org: an owner, collaborators with and without the optional fields, and a
 * service account, so every filter and nullable field has something to show. The owner holds the
 * owner token and Ada the collaborator token (for checking what a non-owner may not do).
 */
function seedAccounts(ownerToken: string, collaboratorToken: string): NewAccount[] {
  return [
    { name: 'Org Owner', email: 'owner@example.com', isSsoUser: false, permissionLevel: 'owner', token: ownerToken },
    {
      name: 'Ada',
      email: 'ada@example.com',
      isSsoUser: false,
      lastname: 'Lovelace',
      title: 'Analyst',
      token: collaboratorToken,
    },
    { name: 'Grace', email: 'grace@example.com', isSsoUser: true, lastname: 'Hopper', title: 'Rear Admiral' },
    { name: 'Alan', email: 'alan@example.com', isSsoUser: false },
    { name: 'ci-bot', email: 'ci-bot@service.example.com', isSsoUser: false, isServiceAccount: true },
  ];
}

/**
 * Seeds an empty org and returns its tokens, or reads the tokens of an existing one back from the
 * data dir (an in-memory store is always new, hence empty).
 *
 * Token files are written before the accounts are committed: a crash in between leaves an empty
 * org, which the next start seeds again (overwriting the files), never an org whose tokens are lost.
 */
export async function openOrg(store: UserStore, dataDir: string | undefined): Promise<OrgTokens> {
  const isEmpty = store.list({}, { count: 1 }).total === 0;
  if (!isEmpty && dataDir !== undefined) {
    return {
      ownerToken: await readTokenFile(dataDir, OWNER_TOKEN_FILE),
      collaboratorToken: await readTokenFile(dataDir, COLLABORATOR_TOKEN_FILE),
      created: false,
    };
  }
  const ownerToken = newApiToken();
  const collaboratorToken = newApiToken();
  if (dataDir !== undefined) {
    await writeTokenFile(dataDir, OWNER_TOKEN_FILE, ownerToken);
    await writeTokenFile(dataDir, COLLABORATOR_TOKEN_FILE, collaboratorToken);
  }
  await store.batchCreate(seedAccounts(ownerToken, collaboratorToken));
  return { ownerToken, collaboratorToken, created: true };
}

async function writeTokenFile(dir: string, name: string, token: string): Promise<void> {
  // Write then rename, so a crash never leaves a half-written token behind; 0600 as for credentials.
  const path = join(dir, name);
  await writeFile(`${path}.tmp`, `${token}\n`, { mode: 0o600 });
  await rename(`${path}.tmp`, path);
}

async function readTokenFile(dir: string, name: string): Promise<string> {
  try {
    return (await readFile(join(dir, name), 'utf8')).trim();
  } catch (error) {
    throw new Error(
      `The local org in ${dir} has users but its ${name} file cannot be read; ` +
        'restore the file, or delete the data dir to start a new org.',
      { cause: error },
    );
  }
}
