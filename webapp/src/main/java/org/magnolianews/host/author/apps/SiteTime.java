package org.magnolianews.host.author.apps;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.magnolianews.news.rendering.SiteClock;

/**
 * The one time zone editors type times in and the site prints them in (issue 10: the form used the
 * server's zone, UTC on most servers, while the site prints Moscow time, so 10:30 typed became 13:30 on
 * the site). The module's {@link SiteClock#SITE_ZONE}; the form says which zone it is.
 */
public final class SiteTime {

    public static final ZoneId ZONE = SiteClock.SITE_ZONE;

    private SiteTime() {
    }

    /** "Moscow Standard Time (UTC+03:00)", in the UI language, for the label beside a time field. */
    public static String describe(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String offset = ZonedDateTime.now(ZONE).getOffset().getId();
        return ZONE.getDisplayName(TextStyle.FULL, locale) + " (UTC" + (offset.equals("Z") ? "" : offset) + ")";
    }
}
