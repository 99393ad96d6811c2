export declare const BOOLEAN_SPELLINGS = "true/false, yes/no, y/n, on/off or 1/0, in any case";
export declare function parseBooleanSetting(value: string): boolean | undefined;
