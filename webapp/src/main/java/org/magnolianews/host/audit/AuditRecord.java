package org.magnolianews.host.audit;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param actor   who did it: a user name, or the account name tried for a failed login
 * @param address the client address, when the action came over HTTP and it is known; else empty
 * @param subject what it was done to: {@code news:/2017/11/item} for content, a user name for accounts
 * @param detail  anything else worth knowing (the new role; "finished at start after an interruption")
 */
public record AuditRecord(Instant at, AuditAction action, String actor, String address, String subject, String detail) {

    /** A record of something done just now. */
    public static AuditRecord now(AuditAction action, String actor, String address, String subject, String detail) {
        return new AuditRecord(Instant.now(), action, actor, address == null ? "" : address, subject, detail);
    }
}
