package org.magnolianews.host.cache;

import java.time.Duration;

/**
 * How long caches keep a response. The host's own caches drop a response when a publish touches it and keep it
 * at most {@link #HOST_MAX_AGE}; shared caches in front of the host (a CDN, Varnish) are told
 * {@code s-maxage} = {@link #SHARED_MAX_AGE} and purged by key on every publish ({@link PurgeNotifier});
 * browsers, which nobody can purge, keep a page {@link #BROWSER_MAX_AGE}.
 */
public final class CachePolicy {

    public static final Duration HOST_MAX_AGE = Duration.ofMinutes(10);
    public static final Duration SHARED_MAX_AGE = Duration.ofHours(1);
    public static final Duration BROWSER_MAX_AGE = Duration.ofSeconds(60);

    private CachePolicy() {
    }

    /** For a published response every cache may keep: browsers briefly, shared caches until purged. */
    public static String shared(Duration browser) {
        return "public, max-age=" + browser.toSeconds() + ", s-maxage=" + SHARED_MAX_AGE.toSeconds();
    }

    /** For a response no cache may keep (errors, previews of drafts, the author's views). */
    public static final String NO_STORE = "no-store";
}
