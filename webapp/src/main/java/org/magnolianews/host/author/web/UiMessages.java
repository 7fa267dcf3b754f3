package org.magnolianews.host.author.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.magnolianews.host.module.InstalledModule;
import org.magnolianews.host.module.Resources;

/**
 * The author UI's words in English and Russian: the UI's own bundle plus every module's message
 * bundle ({@code <module>/i18n/<module>-messages_<lang>.properties}, Magnolia's layout), so field and
 * app labels come from the module that defines them. A missing key shows the key, as Magnolia does.
 */
public final class UiMessages {

    public static final List<String> LANGUAGES = List.of("en", "ru");

    private final Map<String, Properties> byLanguage = new HashMap<>();

    public UiMessages(List<InstalledModule> modules, Resources resources) {
        for (String lang : LANGUAGES) {
            Properties merged = new Properties();
            for (InstalledModule module : modules) {
                resources.readString("/" + module.name() + "/i18n/" + module.name() + "-messages_" + lang + ".properties")
                        .ifPresent(text -> load(merged, new StringReader(text)));
            }
            try (InputStream in = UiMessages.class.getResourceAsStream("/org/magnolianews/host/author/messages_" + lang + ".properties")) {
                if (in != null) {
                    load(merged, new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byLanguage.put(lang, merged);
        }
    }

    private static void load(Properties into, Reader reader) {
        try {
            into.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A message in a language, falling back to English, then to the key itself. */
    public String get(String lang, String key, Object... args) {
        String pattern = byLanguage.getOrDefault(lang, byLanguage.get("en")).getProperty(key);
        if (pattern == null) {
            pattern = byLanguage.get("en").getProperty(key);
        }
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args);
    }

    /** Like {@link #get} but returns the fallback instead of the key when the message is missing. */
    public String getOr(String lang, String key, String fallback) {
        String value = get(lang, key);
        return value.equals(key) ? fallback : value;
    }
}
