package org.magnolianews.host.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The image variations of the themes ({@code <module>/themes/<name>.yaml}), in Magnolia's theme format:
 * {@code imaging: {class: info.magnolia.templating.imaging.VariationAwareImagingSupport, variations: {<name>:
 * {class: info.magnolia.templating.imaging.variation.SimpleResizeVariation, width: 480, height: 360}}}}. The host
 * scales with these; a variation of another class, or without a positive width, is a definition problem, and
 * two themes giving one variation name different sizes too (the host serves one set, where Magnolia would pick
 * the site's theme).
 */
public final class ImageVariations {

    public static final String IMAGING_SUPPORT = "info.magnolia.templating.imaging.VariationAwareImagingSupport";
    public static final String SIMPLE_RESIZE = "info.magnolia.templating.imaging.variation.SimpleResizeVariation";

    /** A resize to {@code width}, keeping proportions, within {@code height} when one is given. */
    public record Variation(String theme, int width, Optional<Integer> height) {
    }

    private ImageVariations() {
    }

    /** Every theme's variations by name; problems found go into {@code problems}. */
    public static Map<String, Variation> read(DefinitionRegistry registry, List<DefinitionProblem> problems) {
        Map<String, Variation> variations = new LinkedHashMap<>();
        for (Definition theme : registry.all(DefinitionType.THEME)) {
            of(theme, problems).forEach((name, v) -> {
                Variation previous = variations.putIfAbsent(name, v);
                if (previous != null && (previous.width() != v.width() || !previous.height().equals(v.height()))) {
                    problems.add(theme.problem("imaging.variations." + name, "variation '" + name + "' differs from the one of theme '"
                            + previous.theme() + "'"));
                }
            });
        }
        return variations;
    }

    /**
     * The variations of each theme, by theme name: what Magnolia's imaging URLs name
     * ({@code /.imaging/mte/<theme>/<variation>/…}). Problems are {@link #read}'s to report.
     */
    public static Map<String, Map<String, Variation>> byTheme(DefinitionRegistry registry) {
        Map<String, Map<String, Variation>> themes = new LinkedHashMap<>();
        for (Definition theme : registry.all(DefinitionType.THEME)) {
            Map<String, Variation> variations = of(theme, new java.util.ArrayList<>());
            if (!variations.isEmpty()) {
                themes.put(theme.name(), Map.copyOf(variations));
            }
        }
        return themes;
    }

    private static Map<String, Variation> of(Definition theme, List<DefinitionProblem> problems) {
        Map<String, Variation> variations = new LinkedHashMap<>();
        Map<String, Object> imaging = theme.map("imaging");
        if (imaging.isEmpty()) {
            return variations;
        }
        Object support = imaging.get("class");
        if (!IMAGING_SUPPORT.equals(support)) {
            problems.add(theme.problem("imaging.class", "imaging class '" + support + "' is not " + IMAGING_SUPPORT));
            return variations;
        }
        if (!(imaging.get("variations") instanceof Map<?, ?> defined)) {
            problems.add(theme.problem("imaging", "imaging has no 'variations'"));
            return variations;
        }
        defined.forEach((name, value) -> variation(theme, String.valueOf(name), value, problems)
                .ifPresent(v -> variations.put(String.valueOf(name), v)));
        return variations;
    }

    private static Optional<Variation> variation(Definition theme, String name, Object value, List<DefinitionProblem> problems) {
        String at = "imaging.variations." + name;
        if (!(value instanceof Map<?, ?> variation)) {
            problems.add(theme.problem(at, "variation '" + name + "' must be a mapping"));
            return Optional.empty();
        }
        Object type = variation.get("class") != null ? variation.get("class") : variation.get("$type");
        if (!SIMPLE_RESIZE.equals(type)) {
            problems.add(theme.problem(at + ".class", "variation class '" + type + "' is not one this host scales with (" + SIMPLE_RESIZE + ")"));
            return Optional.empty();
        }
        Optional<Integer> width = positive(variation.get("width"));
        if (width.isEmpty()) {
            problems.add(theme.problem(at + ".width", "variation '" + name + "' needs a positive whole 'width', found '" + variation.get("width") + "'"));
            return Optional.empty();
        }
        Optional<Integer> height = positive(variation.get("height"));
        if (variation.get("height") != null && height.isEmpty()) {
            problems.add(theme.problem(at + ".height", "'height' must be a positive whole number, found '" + variation.get("height") + "'"));
            return Optional.empty();
        }
        return Optional.of(new Variation(theme.name(), width.get(), height));
    }

    private static Optional<Integer> positive(Object value) {
        if (value instanceof Integer number && number > 0 && number <= 10_000) {
            return Optional.of(number);
        }
        if (value instanceof String text && text.matches("\\d{1,5}") && Integer.parseInt(text) > 0 && Integer.parseInt(text) <= 10_000) {
            return Optional.of(Integer.parseInt(text));
        }
        return Optional.empty();
    }
}
