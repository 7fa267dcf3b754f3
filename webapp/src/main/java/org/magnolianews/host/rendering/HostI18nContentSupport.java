package org.magnolianews.host.rendering;

import info.magnolia.cms.i18n.I18nContentSupport;
import info.magnolia.context.MgnlContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.magnolianews.host.content.Languages;

/**
 * Magnolia's {@link I18nContentSupport} over the host's languages: the default language is stored in
 * unsuffixed properties and is also the fallback; the current locale is the rendering context's.
 */
final class HostI18nContentSupport implements I18nContentSupport {

    private final Languages languages;

    HostI18nContentSupport(Languages languages) {
        this.languages = languages;
    }

    @Override
    public Locale getLocale() {
        return MgnlContext.hasInstance() ? MgnlContext.getLocale() : getDefaultLocale();
    }

    @Override
    public Locale getFallbackLocale() {
        return getDefaultLocale();
    }

    @Override
    public Locale getDefaultLocale() {
        return Locale.forLanguageTag(languages.defaultLanguage());
    }

    @Override
    public Collection<Locale> getLocales() {
        List<Locale> locales = new ArrayList<>();
        for (String language : languages.all()) {
            locales.add(Locale.forLanguageTag(language));
        }
        return locales;
    }

    @Override
    public boolean isEnabled() {
        return true;
    }
}
