import type { HandshakeManifest } from './handshake-manifest.ts';

/**
 * The handshake the stdio server answers by itself. The bundle replaces this module with the
 * answers recorded at build time (scripts/build.mjs), so that the bin loads no SDK to give them;
 * run from source, it records them on the spot, which loads the SDK and is slow but the same.
 */
export async function recordedHandshake(): Promise<HandshakeManifest> {
  const { recordHandshake } = await import('./handshake-record.ts');
  return recordHandshake();
}
