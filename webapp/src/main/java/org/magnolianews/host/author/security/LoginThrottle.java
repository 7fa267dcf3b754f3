package org.magnolianews.host.author.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed logins for one user name, or from
 * one client address, within {@link #WINDOW_MILLIS}, further attempts are refused until the window
 * has passed. A successful login clears the user name's failures.
 */
public final class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final long WINDOW_MILLIS = 10L * 60 * 1000;

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public boolean isBlocked(String userName, String clientAddress) {
        return count("u:" + normalize(userName)) >= MAX_FAILURES || count("a:" + clientAddress) >= MAX_FAILURES * 4;
    }

    public void failed(String userName, String clientAddress) {
        record("u:" + normalize(userName));
        record("a:" + clientAddress);
    }

    public void succeeded(String userName) {
        failures.remove("u:" + normalize(userName));
    }

    private int count(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            long oldest = System.currentTimeMillis() - WINDOW_MILLIS;
            while (!times.isEmpty() && times.peekFirst() < oldest) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void record(String key) {
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(System.currentTimeMillis());
        }
    }

    private static String normalize(String userName) {
        return userName == null ? "" : userName.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
