package org.magnolianews.host.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after too many failed logins for one user name, or from one client
 * address, within a window, further attempts for that name or address are refused without checking
 * the password until the window has moved on. In memory only: a restart forgets, which is acceptable
 * for a single host (the bcrypt cost bounds guessing speed anyway).
 */
public final class LoginThrottle {

    /** Keys kept at most; beyond this the oldest are dropped, so a flood of made-up names cannot exhaust memory. */
    private static final int MAX_KEYS = 10_000;

    private final int maxFailuresPerUser;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailuresPerUser, int maxFailuresPerAddress, Duration window, Clock clock) {
        this.maxFailuresPerUser = maxFailuresPerUser;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Ten failures per user and fifty per address in five minutes. */
    public static LoginThrottle standard() {
        return new LoginThrottle(10, 50, Duration.ofMinutes(5), Clock.systemUTC());
    }

    /** How long until an attempt for this user from this address may be checked; empty: now. */
    public Optional<Duration> blockedFor(String user, String address) {
        Instant now = clock.instant();
        Optional<Duration> byUser = blocked(userKey(user), maxFailuresPerUser, now);
        Optional<Duration> byAddress = blocked(addressKey(address), maxFailuresPerAddress, now);
        if (byUser.isPresent() && byAddress.isPresent()) {
            return Optional.of(byUser.get().compareTo(byAddress.get()) >= 0 ? byUser.get() : byAddress.get());
        }
        return byUser.isPresent() ? byUser : byAddress;
    }

    public void failed(String user, String address) {
        if (failures.size() >= MAX_KEYS) {
            prune(clock.instant());
        }
        record(userKey(user));
        record(addressKey(address));
    }

    /** A successful login clears the user's failures (not the address's: one good account must not unlock guessing others). */
    public void succeeded(String user) {
        failures.remove(userKey(user));
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
            Instant oldest = times.peekFirst();
            return Optional.of(Duration.between(now, oldest.plus(window)));
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

    private static String userKey(String user) {
        return "u:" + (user == null ? "" : user);
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
