package org.magnolianews.host.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.magnolianews.host.security.LoginObserver;

/**
 * Logins for the audit trail: admincentral logins, and every failed or throttled password check from any
 * way in. A throttled client may hammer away for minutes; one record per account and address per minute
 * says as much as a thousand, and keeps the trail readable and bounded.
 */
public final class LoginAudit implements LoginObserver {

    private static final Duration THROTTLED_EVERY = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 10_000;

    private final AuditLog log;
    private final Clock clock;
    private final Map<String, Instant> lastThrottled = new ConcurrentHashMap<>();

    public LoginAudit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** A login that opened an admincentral session. */
    public void succeeded(String account, String address) {
        log.record(new AuditRecord(clock.instant(), AuditAction.LOGIN, account, address, account, ""));
    }

    @Override
    public void failed(String account, String address) {
        log.record(new AuditRecord(clock.instant(), AuditAction.LOGIN_FAILED, account, address, account, ""));
    }

    @Override
    public void throttled(String account, String address) {
        Instant now = clock.instant();
        String key = account + "\u0000" + address;
        Instant last = lastThrottled.get(key);
        if (last != null && last.plus(THROTTLED_EVERY).isAfter(now)) {
            return;
        }
        if (lastThrottled.size() >= MAX_REMEMBERED) {
            lastThrottled.clear(); // a flood of names: start over rather than grow
        }
        lastThrottled.put(key, now);
        log.record(new AuditRecord(now, AuditAction.LOGIN_THROTTLED, account, address, account,
                "further refusals within a minute are not recorded"));
    }
}
