package org.magnolianews.host.author.versions;

import java.util.Calendar;
import java.util.Map;

/** A snapshot of an item's content-type values, taken when it was published. */
public record Version(long number, String user, Calendar created, String path, Map<String, Object> values) {
}
