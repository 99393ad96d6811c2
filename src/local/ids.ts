import { randomInt } from 'node:crypto';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomString(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** A user id as Anyscale shapes it: `usr_` and 26 lowercase alphanumerics. */
export function newUserId(): string {
  return `usr_${randomString(ID_ALPHABET, 26)}`;
}

/** An identity (collaborator) id as Anyscale shapes it: `ide_` and 26 lowercase alphanumerics. */
export function newIdentityId(): string {
  return `ide_${randomString(ID_ALPHABET, 26)}`;
}

/**
 * An API token that passes the SDK's token-sanity rule (starts with `a` and contains `_`), so the
 * same credential-loading code works against the local org and the real service. The `local`
 * marker makes a leaked local token easy to recognise for what it is.
 */
export function newApiToken(): string {
  return `aph0_local_${randomString(TOKEN_ALPHABET, 32)}`;
}
