package org.magnolianews.host.rendering;

import java.util.Locale;

/**
 * {@code state} in templates, after Magnolia's AggregationState: the current URI, locale and channel,
 * the page, and the content item the page shows ({@code mainContent}; the page itself if none).
 */
public final class AggregationState {

    private final Rendering rendering;

    AggregationState(Rendering rendering) {
        this.rendering = rendering;
    }

    public String getCurrentURI() {
        return rendering.links.languagePrefix(rendering.language()) + rendering.request.path();
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(rendering.language());
    }

    public String getLanguage() {
        return rendering.language();
    }

    public String getChannel() {
        return "web";
    }

    public ContentMap getPage() {
        return rendering.map(rendering.page);
    }

    /** The item the page shows (news item, subject, publication), or null on ordinary pages. */
    public ContentMap getItem() {
        return rendering.item.map(rendering::map).orElse(null);
    }

    public ContentMap getMainContent() {
        return rendering.item.map(rendering::map).orElseGet(this::getPage);
    }

    public String getReaderCountry() {
        return rendering.request.readerCountry();
    }
}
