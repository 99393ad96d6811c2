/**
 * Writes a chunk and waits when the stream's buffer is full: a listing streamed to a slow reader
 * (a pipe into `less`, a full disk) would otherwise pile up in memory as it arrives.
 */
export async function writeOut(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk !== '' && !out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
}
