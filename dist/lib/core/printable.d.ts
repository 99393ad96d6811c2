/**
 * Names, emails and error details come from other people and from the server. A control character
 * in them would reach the terminal as a command (ESC sequences clear the screen, retitle the
 * window, or fake output), so each one is shown as U+FFFD instead. Tabs and line breaks are the
 * caller's to fold first: they mean layout, not attack, in most places.
 */
export declare function printable(text: string): string;
