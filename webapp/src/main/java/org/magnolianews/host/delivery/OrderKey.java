package org.magnolianews.host.delivery;

/** One key of {@code orderBy=date desc,title asc}. */
public record OrderKey(String property, boolean descending) {
}
