import type { HandshakeManifest } from './handshake-manifest.ts';
import type { ToolName } from './tool-names.ts';

/**
 * The handshake the stdio server answers by itself. The bundle replaces this module with the
 * answers recorded at build time (scripts/build.mjs), so that the bin loads no SDK to give them;
 * run from source, it records them on the spot for the tools offered, which loads the SDK and is
 * slow but the same.
 */
export async function recordedHandshake(tools: readonly ToolName[]): Promise<HandshakeManifest> {
  const { recordHandshake } = await import('./handshake-record.ts');
  return recordHandshake([[...tools]]);
}
