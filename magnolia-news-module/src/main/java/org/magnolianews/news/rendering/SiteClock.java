package org.magnolianews.news.rendering;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The module's clock: what "today" is for anything that depends on it (a publication's release status),
 * in the site's home time zone. A component of this module ({@code META-INF/magnolia/news-module.xml}),
 * injected into the models that need it; Magnolia has no clock of its own to offer. A host (or a test)
 * registers one over another {@link Clock}.
 */
public class SiteClock {

    /** Dates on the site are those of the portal's home time zone. */
    public static final ZoneId SITE_ZONE = ZoneId.of("Europe/Moscow");

    private final Clock clock;

    /** The system clock in {@link #SITE_ZONE}: what Magnolia's component provider creates. */
    public SiteClock() {
        this(Clock.system(SITE_ZONE));
    }

    public SiteClock(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }
}
