/**
 * Which way to find the batch's users that already exist, by the wall time each would take: a
 * walk of the whole org is sequential (each page's token comes from the page before), while
 * exact-email lookups run several at once. Counting requests alone would pick a 20-page walk over
 * 100 lookups that, 8 at a time, end in 13 round trips.
 */
export type ExistenceStrategy = 'walk' | 'lookups';
export interface ExistenceCostInput {
    /** Addresses still to settle after the pages read so far. */
    emails: number;
    /** The org's size from the first page's `metadata.total`; undefined when it did not say. */
    orgTotal: number | undefined;
    pageSize: number;
    /** Pages already read (the first one, which told the size). */
    pagesRead: number;
    /** Lookups allowed in flight at once. */
    inFlight: number;
    /** The measured round trip of a page. */
    roundTripMs: number;
    /** The round trip of one lookup, when known apart from a page's; else the page's. */
    lookupRoundTripMs?: number;
}
export interface ExistenceChoice {
    strategy: ExistenceStrategy;
    walkMs: number;
    lookupsMs: number;
}
export declare function chooseExistenceStrategy(input: ExistenceCostInput): ExistenceChoice;
