/** Pretty JSON, as the Anyscale CLI prints it (indent 2), with a final newline; stdout only. */
export function writeJson(out: NodeJS.WritableStream, value: unknown): void {
  out.write(`${JSON.stringify(value, null, 2)}\n`);
}
