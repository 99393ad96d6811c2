import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = join(dirname(fileURLToPath(import.meta.url)), '../../dist');

/** A bundle file and every file it imports statically, that is, what loads with it (import() aside). */
function staticClosure(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  for (const [, target] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?"(\.{1,2}\/[^"]+)";/gms))
    staticClosure(join(dirname(file), target!), seen);
}

/** The chunk of `adapter` that esbuild named after a module, e.g. `main-` for main.ts. */
export function chunkOf(adapter: string, prefix: string): string {
  const chunks = join(DIST, adapter, 'chunks');
  const name = readdirSync(chunks).find((file) => file.startsWith(prefix) && file.endsWith('.js'));
  if (name === undefined) throw new Error(`no chunk ${prefix}*.js in dist/${adapter}/chunks: run npm run build`);
  return join(chunks, name);
}

/** The source modules (esbuild's `// path` comments) that loading these bundle files evaluates. */
export function loadedSources(files: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const file of files) staticClosure(file, seen);
  return [...seen].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^\/\/ (\S+)$/gm)].map((match) => match[1]!));
}
