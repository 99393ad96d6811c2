/** `1 user`, `2 users`. */
export declare function plural(count: number, one: string, many?: string): string;
