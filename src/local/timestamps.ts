/**
 * `created_at` as the backend writes it: `YYYY-MM-DDTHH:MM:SS.ffffff+00:00`. JavaScript clocks
 * stop at milliseconds, so the last three of the six fraction digits are always zero.
 */
export function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00');
}
