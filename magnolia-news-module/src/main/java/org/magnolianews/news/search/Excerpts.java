package org.magnolianews.news.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text shown under a result's title: the passage of the item's text around the first word searched for
 * (or its beginning), as plain text, at most {@code length} characters cut at a word.
 */
final class Excerpts {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Excerpts() {
    }

    static String of(String text, List<String> words, int length) {
        String plain = SPACE.matcher(unescape(TAG.matcher(text).replaceAll(" "))).replaceAll(" ").strip();
        if (plain.length() <= length) {
            return plain;
        }
        int start = 0;
        String lower = plain.toLowerCase(Locale.ROOT);
        for (String word : words) {
            // the stem is enough to find the passage: "путина" is found at "Путин"
            String stem = word.length() > 4 ? word.substring(0, word.length() - 2) : word;
            int at = lower.indexOf(stem);
            if (at > length / 3) {
                start = plain.lastIndexOf(' ', at - length / 3) + 1;
                break;
            }
            if (at >= 0) {
                break;
            }
        }
        int end = Math.min(plain.length(), start + length);
        if (end < plain.length()) {
            int space = plain.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return (start > 0 ? "… " : "") + plain.substring(start, end) + (end < plain.length() ? " …" : "");
    }

    private static String unescape(String html) {
        return html.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
