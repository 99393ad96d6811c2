import { renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
 * The token files are written under the store's write lock, after it found the org empty and
 * before the accounts commit: of two processes starting on one new data dir only one writes them,
 * and a crash in between leaves an empty org, which the next start seeds again (overwriting the
 * files), never an org whose tokens are lost.
 */
export async function openOrg(store: UserStore, dataDir: string | undefined): Promise<OrgTokens> {
  const ownerToken = newApiToken();
  const collaboratorToken = newApiToken();
  const keepTokens = () => {
    if (dataDir === undefined) return;
    writeTokenFile(dataDir, OWNER_TOKEN_FILE, ownerToken);
    writeTokenFile(dataDir, COLLABORATOR_TOKEN_FILE, collaboratorToken);
  };
  if (await store.seed(seedAccounts(ownerToken, collaboratorToken), keepTokens)) {
    return { ownerToken, collaboratorToken, created: true };
  }
  if (dataDir === undefined) throw new Error('An in-memory org cannot have members before it is seeded.');
  return {
    ownerToken: await readTokenFile(dataDir, OWNER_TOKEN_FILE),
    collaboratorToken: await readTokenFile(dataDir, COLLABORATOR_TOKEN_FILE),
    created: false,
  };
}

function writeTokenFile(dir: string, name: string, token: string): void {
  // Write then rename, so a crash never leaves a half-written token behind; 0600 as for credentials.
  const path = join(dir, name);
  writeFileSync(`${path}.tmp`, `${token}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
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
