import { AnyscaleError } from './errors.ts';
import type { Page } from './result-iterator.ts';

/**
 * How many items past the server's own `metadata.total` a walk may return before it is taken
 * for a loop: users join while a large org is walked, so a little over is honest, twice over is not.
 */
export function pagingMargin(total: number): number {
  return Math.max(1_000, Math.ceil(total / 10));
}

/**
 * Every loop in the package that follows paging tokens goes through here, so that a server that
 * hands back a token it already gave, or pages well past its own total, ends the walk with a
 * typed error instead of requesting forever. An empty or missing token, or an empty page, ends
 * the walk: the SDK would send an empty token back as `paging_token=`, and a server answering
 * that with the first page again would loop.
 */
export async function* followPages<T>(
  fetchPage: (pagingToken: string | undefined) => Promise<Page<T>>,
  loop: string,
): AsyncGenerator<Page<T>> {
  const seen = new Set<string>();
  let token: string | undefined;
  let returned = 0;
  let total: number | undefined;
  for (;;) {
    const page = await fetchPage(token);
    if (page.items.length === 0) return;
    returned += page.items.length;
    if (page.total !== undefined) total = Math.max(total ?? 0, page.total);
    if (total !== undefined && returned > total + pagingMargin(total)) {
      throw new AnyscaleError(
        'BAD_RESPONSE',
        `Anyscale kept paging the ${loop}: ${returned} items so far against a total of ${total}. Stopped; check that the host is an Anyscale host, or try again later.`,
      );
    }
    yield page;
    if (!page.nextPagingToken) return;
    if (seen.has(page.nextPagingToken)) {
      throw new AnyscaleError(
        'BAD_RESPONSE',
        `Anyscale repeated a paging token in the ${loop}, which would page forever. Stopped; check that the host is an Anyscale host, or try again later.`,
      );
    }
    seen.add(page.nextPagingToken);
    token = page.nextPagingToken;
  }
}
