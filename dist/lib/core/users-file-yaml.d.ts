export declare const ITEMS_PER_SLICE = 1000;
export interface LocatedItems {
    items: unknown[];
    /** Where the given items are: the line of one's field, else of the item. Costly ways run only for those asked. */
    locate(indices: ReadonlySet<number>): (index: number, field: string) => number | undefined;
}
export declare function fail(file: string | undefined, line: number | undefined, message: string): never;
/** The whole text as one document: every shape, every error, with the line of each. */
export declare function locateYamlDocument(text: string, file: string | undefined): LocatedItems;
interface Slice {
    text: string;
    /** Line of the slice's first character in the file. */
    firstLine: number;
    firstIndex: number;
    count: number;
}
/** The list's items cut into slices, or undefined when the text is not of the shape that can be cut safely. */
export declare function sliceYamlList(text: string): Slice[] | undefined;
/**
 * The users of a parsed document, whatever read it: a bare list, or `{create_users: [...]}` with
 * no other key. Undefined for any other shape, which the `yaml` package then reports by line.
 */
export declare function usersListOf(root: unknown): unknown[] | undefined;
/**
 * A YAML users file, slice by slice where it can be cut, yielding between slices. `checkCount`
 * sees the number of users once they are counted, before most of the parsing.
 */
export declare function locateYaml(text: string, file: string | undefined, checkCount: (count: number) => void): Generator<void, LocatedItems>;
export {};
