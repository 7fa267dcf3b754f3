package org.magnolianews.host.rendering;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.module.InstalledModule;
import org.magnolianews.host.module.Resources;

/**
 * The modules' message bundles ({@code <module>/i18n/<module>-messages_<lang>.properties}, UTF-8),
 * merged per language. A key missing in a language falls back to the default language, then to the
 * key itself, so a missing translation shows up as a visible key, not as an empty string.
 */
final class Messages {

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();
    private final String defaultLanguage;

    Messages(List<InstalledModule> modules, Resources resources, Languages languages) {
        this.defaultLanguage = languages.defaultLanguage();
        for (String language : languages.all()) {
            Map<String, String> messages = new HashMap<>();
            for (InstalledModule module : modules) {
                Optional<Path> file = resources.find("/" + module.name() + "/i18n/" + module.name() + "-messages_" + language + ".properties");
                file.ifPresent(path -> load(path, messages));
            }
            byLanguage.put(language, messages);
        }
    }

    private static void load(Path path, Map<String, String> into) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.forEach((k, v) -> into.putIfAbsent(String.valueOf(k), String.valueOf(v)));
    }

    String get(String language, String key, Object... arguments) {
        String pattern = byLanguage.getOrDefault(language, Map.of()).get(key);
        if (pattern == null) {
            pattern = byLanguage.getOrDefault(defaultLanguage, Map.of()).getOrDefault(key, key);
        }
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.forLanguageTag(language)).format(arguments);
    }
}
