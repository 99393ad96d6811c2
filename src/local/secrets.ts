import { createHash, randomBytes, scrypt } from 'node:crypto';

/**
 * What the store keeps instead of secrets. Passwords get a salted scrypt hash with its parameters
 * alongside; tokens get a plain sha256, which is enough for 32 random characters.
 *
 * The scrypt cost is far below a production setting (N=2^8 instead of 2^14 or more): the local
 * org never checks a password, only refuses to keep one in the clear, and a 5,000-user batch has
 * to hash in a second or two on a small CI machine (about 0.5 ms a hash on one core).
 */
const SCRYPT = { N: 256, r: 8, p: 1, keyLength: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p, keyLength } = SCRYPT;
  return new Promise((resolve, reject) => {
    // The async form runs on libuv's thread pool, so a big batch does not stall other requests.
    scrypt(password, salt, keyLength, { N, r, p }, (error, key) => {
      if (error) reject(error);
      else resolve(`scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`);
    });
  });
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
