/** One page of a listing, and the opaque token of the page after it (null on the last page). */
export interface Page<T> {
    items: T[];
    nextPagingToken: string | null;
    total?: number | undefined;
}
/**
 * A lazy listing, like the Python SDK's ResultIterator: a page is fetched only when iteration
 * needs it, so walking a large org holds one page in memory and `max_items` stops without an
 * extra request.
 */
export declare class ResultIterator<T> implements AsyncIterable<T> {
    #private;
    /** `loop` names the listing in the error a misbehaving server's paging ends with. */
    constructor(fetchPage: (pagingToken: string | undefined) => Promise<Page<T>>, maxItems?: number, loop?: string);
    /** Pages as they arrive, cut so that no more than max_items items are given in all. */
    pages(): AsyncGenerator<Page<T>>;
    /**
     * Items one at a time. Written out rather than as an async generator over `yield* page.items`,
     * which cost several promise hops per item: the client spent 11-15% more time walking 100,000 users
     * (see BENCHMARKS.md). Here only fetching a page awaits.
     */
    [Symbol.asyncIterator](): AsyncIterableIterator<T>;
    /** Collects everything; for small listings only (a large org is better iterated). */
    toArray(): Promise<T[]>;
}
