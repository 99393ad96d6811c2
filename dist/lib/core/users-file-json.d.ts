/**
 * Where the items of a JSON users file are, worked out only once there is an error to report:
 * JSON.parse gives no positions, and finding them costs a scan of the text. The text is known to
 * be valid JSON (JSON.parse took it), so the scan only skips over values.
 */
export interface ItemPosition {
    line: number;
    /** Line of each key of the item, when it is an object. */
    fields: Map<string, number>;
}
/** Positions of the wanted items of the users array (the root array, or `create_users`). */
export declare function locateJsonItems(text: string, wanted: ReadonlySet<number>): Map<number, ItemPosition>;
/** 1-based line of an offset, by binary search over the line breaks. */
export declare function lineFinder(text: string): (offset: number) => number;
/**
 * A JSON.parse error as a line and a message that quotes nothing of the file: V8 quotes the text
 * around the error, which may be a password.
 */
export declare function describeJsonSyntaxError(text: string, error: SyntaxError): {
    line: number;
    message: string;
};
