import type { AnyscaleClient, RequestOptions } from '../client.js';
import type { Redactor } from '../redact.js';
import type { AdminCreateUser } from '../models.js';
/** Whether a value has the form of a plan's fingerprint, so that adapters can check it before any request. */
export declare function isPlanFingerprint(value: string): boolean;
/**
 * Re-plans before anything is sent and refuses when the change set is not the one reviewed.
 * The reviewed plan itself is not at hand, only its fingerprint, so the users named are the
 * file's users that are in the org now: the usual cause is someone created them in between.
 */
export declare function checkExpectedPlan(client: AnyscaleClient, users: readonly AdminCreateUser[], expected: string, options: RequestOptions): Promise<void>;
export interface RecordLine {
    email: string;
    status: string;
    user_id?: string | undefined;
}
/**
 * Appends one JSON line per user to a change record. Each line goes out in one write to a file
 * opened for appending, so a crash leaves only whole lines. Lines hold no password or token: the
 * actor and user ids come from the server, which may echo one, so each line passes the redactor.
 */
export declare class ChangeRecord {
    #private;
    private constructor();
    static open(client: AnyscaleClient, path: string, plan: string | undefined, options: RequestOptions, redactor?: Redactor): Promise<ChangeRecord>;
    write(line: RecordLine, now: Date): Promise<void>;
    close(): Promise<void>;
}
/** Writes the lines of these results not yet written; `written` keeps track across calls. */
export declare function recordResults(record: ChangeRecord | undefined, results: readonly {
    index: number;
    email: string;
    status: string;
    user?: {
        user_id: string;
    };
}[], written: Set<number>, now: () => Date): Promise<void>;
