package org.magnolianews.host.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.ImageVariations;

/**
 * Magnolia's imaging URLs for DAM renditions: {@code /.imaging/mte/<theme>/<variation>/dam/<asset path>/jcr:content/<file>}
 * (the {@code renditions} links of Magnolia's own delivery responses, see docs/magnolia-compatibility.md "Imaging URLs").
 * The themes' image variations decide what exists: a rendition is linked in the first theme that defines its name, and
 * only a theme's own variations are served under its name.
 */
public final class ImagingUrls {

    public static final String MTE = "/.imaging/mte/";
    /** The host's earlier form, {@code /.imaging/delivery/<variation>/jcr:<uuid>/<file>}, still answered as an alias. */
    public static final String ALIAS = "/.imaging/delivery/";

    private final Map<String, Map<String, ImageVariations.Variation>> themes;
    private final Map<String, String> themeOfVariation = new LinkedHashMap<>();

    private ImagingUrls(Map<String, Map<String, ImageVariations.Variation>> themes) {
        this.themes = Map.copyOf(themes);
        themes.forEach((theme, variations) -> variations.keySet().forEach(name -> themeOfVariation.putIfAbsent(name, theme)));
    }

    public static ImagingUrls of(DefinitionRegistry registry) {
        return new ImagingUrls(ImageVariations.byTheme(registry));
    }

    /** Every variation name some theme defines. */
    public Set<String> variations() {
        return Set.copyOf(themeOfVariation.keySet());
    }

    /** The variation {@code name} of {@code theme}, if that theme defines it. */
    public Optional<ImageVariations.Variation> variation(String theme, String name) {
        return Optional.ofNullable(themes.getOrDefault(theme, Map.of()).get(name));
    }

    /** The variation {@code name} as the alias URL serves it (the theme that defines it first). */
    public Optional<ImageVariations.Variation> variation(String name) {
        return Optional.ofNullable(themeOfVariation.get(name)).flatMap(theme -> variation(theme, name));
    }

    /** The imaging URL of an asset's rendition, or empty when no theme defines {@code variation}. */
    public Optional<String> link(String variation, String assetPath, String fileName) {
        return Optional.ofNullable(themeOfVariation.get(variation)).map(theme -> MTE + segment(theme) + "/" + segment(variation)
                + "/dam" + path(assetPath) + "/jcr:content/" + segment(fileName));
    }

    private static String path(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                encoded.append('/').append(segment(part));
            }
        }
        return encoded.toString();
    }

    private static String segment(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
    }
}
