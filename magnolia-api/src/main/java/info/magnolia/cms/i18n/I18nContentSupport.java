package info.magnolia.cms.i18n;

import java.util.Collection;
import java.util.Locale;

/**
 * Magnolia's content i18n settings (a component, injectable into models): the locales content exists in,
 * the default locale (whose values are stored in unsuffixed properties; others get {@code _<locale>}) and
 * the fallback locale.
 *
 * <p>Source: Magnolia CE {@code magnolia-core}, {@code info/magnolia/cms/i18n/I18nContentSupport.java} and
 * {@code AbstractI18nContentSupport.java} (ekirkilevics/Magnolia mirror: {@code getDefaultLocale()} falls back
 * to {@code getFallbackLocale()}). Only the members this project uses are declared; Magnolia's interface also
 * converts URIs and reads localized properties.
 */
public interface I18nContentSupport {

    /** The locale of the current request's content. */
    Locale getLocale();

    Locale getFallbackLocale();

    /** The locale stored in unsuffixed properties. */
    Locale getDefaultLocale();

    /** Every locale content may exist in. */
    Collection<Locale> getLocales();

    boolean isEnabled();
}
