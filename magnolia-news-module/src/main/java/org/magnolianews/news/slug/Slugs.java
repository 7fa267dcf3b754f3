package org.magnolianews.news.slug;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a title in any of the site's languages into a URL slug: lower-case ASCII letters, digits and
 * single hyphens. Cyrillic is transliterated with the scheme Russian passports use (ICAO 9303), so
 * that "Путин и Абэ" becomes "putin-i-abe" rather than an empty or percent-encoded name.
 */
public final class Slugs {

    /** Long enough for a headline's gist, short enough for a readable URL and a JCR name. */
    public static final int MAX_LENGTH = 80;

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', "ie"),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "iu"),
            Map.entry('я', "ia"), Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('є', "ie"),
            Map.entry('ґ', "g"));

    private Slugs() {
    }

    /**
     * The slug of a text; "item" when nothing sluggable is left (a title of only punctuation), so a
     * caller always gets a usable node name.
     */
    public static String slugify(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            String replacement = CYRILLIC.get(c);
            latin.append(replacement != null ? replacement : String.valueOf(c));
        }
        // Strip accents: "Médecins" -> "medecins".
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder slug = new StringBuilder(ascii.length());
        boolean pendingHyphen = false;
        for (char c : ascii.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingHyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                pendingHyphen = false;
            } else {
                pendingHyphen = true;
            }
        }
        String result = cutAtWord(slug.toString());
        return result.isEmpty() ? "item" : result;
    }

    /** True when the name is already a slug: what {@link #slugify} would leave unchanged. */
    public static boolean isSlug(String name) {
        return name != null && !name.isEmpty() && name.length() <= MAX_LENGTH
                && name.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    private static String cutAtWord(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        return cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
    }
}
