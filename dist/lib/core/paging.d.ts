import type { Page } from './result-iterator.js';
/**
 * How many items past the server's own `metadata.total` a walk may return before it is taken
 * for a loop: users join while a large org is walked, so a little over is honest, twice over is not.
 */
export declare function pagingMargin(total: number): number;
/**
 * Every loop in the package that follows paging tokens goes through here, so that a server that
 * hands back a token it already gave, or pages well past its own total, ends the walk with a
 * typed error instead of requesting forever. An empty or missing token, or an empty page, ends
 * the walk: the SDK would send an empty token back as `paging_token=`, and a server answering
 * that with the first page again would loop.
 */
export declare function followPages<T>(fetchPage: (pagingToken: string | undefined) => Promise<Page<T>>, loop: string): AsyncGenerator<Page<T>>;
