package org.magnolianews.host.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting anyone lock everybody out (issue 12, defects 4 and 7).
 * One instance serves every password check of the host (HTTP Basic on the management API and the
 * admincentral login form), so both follow this one policy:
 * <ol>
 *   <li>Only failed passwords count, per account and per client address. The account is the name in
 *       lower case ({@code THR2} is {@code thr2}, as user names are stored); made-up names count too.</li>
 *   <li>An account with {@code maxFailuresPerAccount} failures in the window is locked: no password of
 *       it is checked, from any address, until the oldest failure leaves the window.</li>
 *   <li>An address with {@code maxFailuresPerAddress} failures in the window still gets password checks
 *       for the accounts that logged in successfully from it within {@link #KNOWN_FOR}, and for no
 *       other: guessing across accounts from there stops, while the people who work there (an office,
 *       or everyone behind a proxy whose address is not trusted) keep logging in. Their own failures
 *       still count against their account.</li>
 *   <li>API tokens are never throttled: 256 random bits cannot be guessed, and refusing a valid token
 *       would let anyone who knows a user name stop that user's scripts.</li>
 *   <li>A success clears the account's failures, not the address's: one good account must not unlock
 *       guessing the others.</li>
 * </ol>
 * In memory only: a restart forgets failures and known addresses (after a restart an address over its
 * limit refuses accounts until they have logged in from it again; bcrypt bounds guessing speed anyway).
 */
public final class LoginThrottle {

    /** How long a successful login keeps an account known from its address. */
    static final Duration KNOWN_FOR = Duration.ofDays(30);

    /** Keys kept at most; beyond this the oldest are dropped, so a flood of made-up names cannot exhaust memory. */
    private static final int MAX_KEYS = 10_000;

    private final int maxFailuresPerAccount;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    /** "account address" → the last successful login of that account from that address. */
    private final Map<String, Instant> knownFrom = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window, Clock clock) {
        this.maxFailuresPerAccount = maxFailuresPerAccount;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Ten failures per account and fifty per address in five minutes. */
    public static LoginThrottle standard() {
        return new LoginThrottle(10, 50, Duration.ofMinutes(5), Clock.systemUTC());
    }

    /** How long until a password for this account from this address may be checked; empty: now. */
    public Optional<Duration> blockedFor(String account, String address) {
        Instant now = clock.instant();
        Optional<Duration> byAccount = blocked(accountKey(account), maxFailuresPerAccount, now);
        if (byAccount.isPresent() || isKnownFrom(account, address, now)) {
            return byAccount;
        }
        return blocked(addressKey(address), maxFailuresPerAddress, now);
    }

    public void failed(String account, String address) {
        if (failures.size() >= MAX_KEYS) {
            prune(clock.instant());
        }
        record(accountKey(account));
        record(addressKey(address));
    }

    /** Clears the account's failures and remembers that it logs in from this address. */
    public void succeeded(String account, String address) {
        failures.remove(accountKey(account));
        if (knownFrom.size() >= MAX_KEYS) {
            Instant now = clock.instant();
            knownFrom.values().removeIf(last -> !last.plus(KNOWN_FOR).isAfter(now));
            if (knownFrom.size() >= MAX_KEYS) {
                knownFrom.clear(); // only successful logins add here, so this takes 10,000 real account-address pairs
            }
        }
        knownFrom.put(pairKey(account, address), clock.instant());
    }

    private boolean isKnownFrom(String account, String address, Instant now) {
        Instant last = knownFrom.get(pairKey(account, address));
        return last != null && last.plus(KNOWN_FOR).isAfter(now);
    }

    private Optional<Duration> blocked(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            dropExpired(times, now);
            if (times.size() < max) {
                return Optional.empty();
            }
            // The block lasts until enough failures have left the window to be under the limit again.
            Instant freeing = times.stream().skip(times.size() - max).findFirst().orElseThrow();
            return Optional.of(Duration.between(now, freeing.plus(window)));
        }
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            dropExpired(times, now);
            times.addLast(now);
        }
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }

    private void prune(Instant now) {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                dropExpired(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
        if (failures.size() >= MAX_KEYS) {
            failures.clear(); // still full of live entries: an attack with many names; start over rather than grow
        }
    }

    /** The account a name means: user names are stored in lower case, so the letter case must not matter (defect 7). */
    static String account(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String accountKey(String account) {
        return "u:" + account(account);
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }

    private static String pairKey(String account, String address) {
        return account(account) + " " + (address == null ? "" : address);
    }
}
