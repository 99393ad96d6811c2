/** Small statistics for the bench: medians over repeated runs, percentiles of latency samples. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function ratio(value: number, floor: number): number {
  return value / floor;
}

export function fmt(value: number, digits = 1): string {
  return value.toFixed(digits);
}

/** Runs `task` `times` times, alternating with nothing else, and returns each result. */
export async function repeat<T>(times: number, task: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < times; run++) results.push(await task(run));
  return results;
}
