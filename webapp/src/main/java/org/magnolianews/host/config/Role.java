package org.magnolianews.host.config;

import java.util.Locale;

/**
 * What a node of a deployment serves ({@code --role}, {@code NEWS_ROLE}), as Magnolia splits author and public
 * instances. {@link #BOTH}, the default, is today's single process.
 */
public enum Role {
    /** Admincentral, the management API (nodes, commands, tokens, users, audit) and draft previews. */
    AUTHOR,
    /** The site, feeds, sitemaps, delivery and published assets; no route that writes content. */
    PUBLIC,
    BOTH;

    public boolean servesAuthoring() {
        return this != PUBLIC;
    }

    public boolean servesReaders() {
        return this != AUTHOR;
    }

    static Role parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SettingsException("--role (NEWS_ROLE) must be author, public or both, found '" + value + "'");
        }
    }
}
