import module from 'node:module';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * The per-user directory for Node's compile cache: XDG_CACHE_HOME or ~/.cache. Not Node's
 * default, `<tmpdir>/node-compile-cache`: where /tmp is shared, Node uses the directory it finds
 * there without checking who owns it, so another user could create it first and plant compiled
 * code for this server to run.
 */
function userCacheDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'anyscale-users', 'node-compile-cache');
}

/**
 * Turns on Node's on-disk compile cache (V8 code cache) for the modules imported after this call.
 * A host starts its MCP servers again and again, and each start compiles the MCP SDK and zod
 * before it can answer; from the second start on, the cache skips most of that (about 20 ms of
 * 150; the first start pays about 10 ms to write it). NODE_COMPILE_CACHE still chooses the
 * directory and NODE_DISABLE_COMPILE_CACHE=1 turns it off. It is only an optimisation: on Node
 * before 22.8, without a home directory, or where the directory cannot be written, the server runs
 * uncached.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  if (typeof module.enableCompileCache !== 'function') return;
  try {
    module.enableCompileCache(env.NODE_COMPILE_CACHE ? undefined : userCacheDir(env));
  } catch {
    // homedir() throws when the user has no home directory: run uncached.
  }
}
