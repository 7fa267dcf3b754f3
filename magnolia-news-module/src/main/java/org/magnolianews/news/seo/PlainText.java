package org.magnolianews.news.seo;

/**
 * The text of stored rich text, for meta descriptions and teasers. Magnolia's {@code cmsfn} has no such
 * function, so the module does it itself. The rich text the module renders is sanitized markup (tags and a
 * few entities), which this reads without an HTML parser: the module may use only what a Magnolia webapp
 * is sure to have on its class path.
 *
 * <p>In four passes, each one scan of the text (a publication's description is a whole body; regular expressions
 * with case-insensitive alternatives were a fifth of a book promo page's rendering): a block's end or a line break
 * becomes a space; every other tag goes; the six entities the sanitizer writes are decoded; runs of white space
 * become one space, and the ends are stripped.
 */
public final class PlainText {

    private static final String[] BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"};
    private static final String[][] ENTITIES = {{"&nbsp;", " "}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
            {"&#39;", "'"}, {"&amp;", "&"}};

    private PlainText() {
    }

    public static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return spaces(entities(withoutTags(blockEndsAsSpaces(html)))).strip();
    }

    /**
     * The first {@code limit} characters of {@link #of(String)} (all of it when shorter), read from as little of the
     * markup as gives them: a teaser shows 180 characters of a description that is a whole body. Exactly
     * {@code of(html)} cut to {@code limit}: the markup is cut right after a tag's {@code >} (no block end, no break),
     * where the passes of a prefix give a prefix of the whole's, less an entity the cut may split, which is left to
     * the next, longer try.
     */
    public static String prefix(String html, int limit) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        for (int from = 4 * limit + 64; from < html.length(); from *= 2) {
            String blocks = null;
            for (int cut = html.indexOf('>', from); cut >= 0 && blocks == null; cut = html.indexOf('>', cut + 1)) {
                String candidate = blockEndsAsSpaces(html.substring(0, cut + 1));
                if (candidate.endsWith(">")) { // the tag is no block end: every '<' before it is closed within the cut
                    blocks = candidate;
                }
            }
            if (blocks == null) {
                break;
            }
            String text = withoutTags(blocks);
            int safe = text.length();
            for (int i = safe - 1; i >= 0 && i >= safe - 5; i--) {
                if (text.charAt(i) == '&') { // an entity could go on after the cut: keep what comes before it only
                    safe = i;
                }
            }
            String plain = spaces(entities(text.substring(0, safe))).stripLeading();
            if (plain.length() > limit) { // one more than needed: the last may be a space the whole text keeps
                return plain.substring(0, limit);
            }
        }
        String all = of(html);
        return all.length() > limit ? all.substring(0, limit) : all;
    }

    /** {@code </p>}, {@code </div>}, {@code </h1>}…{@code </h6>}, {@code </li>}, {@code </blockquote>}, {@code <br>} (any case) → a space. */
    private static String blockEndsAsSpaces(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            int end = html.charAt(i) == '<' ? blockEnd(html, i) : -1;
            if (end > 0) {
                out.append(' ');
                i = end;
            } else {
                out.append(html.charAt(i++));
            }
        }
        return out.toString();
    }

    /** Where a block's end or line break that starts at {@code at} ends, or -1. */
    private static int blockEnd(String html, int at) {
        if (at + 1 < html.length() && html.charAt(at + 1) == '/') {
            for (String block : BLOCKS) {
                int close = at + 2 + block.length();
                if (close < html.length() && asciiIgnoringCase(html, at + 2, block) && html.charAt(close) == '>') {
                    return close + 1;
                }
            }
            return -1;
        }
        if (!asciiIgnoringCase(html, at + 1, "br")) {
            return -1;
        }
        int i = at + 3;
        while (i < html.length() && isSpace(html.charAt(i))) {
            i++;
        }
        if (i < html.length() && html.charAt(i) == '/') {
            i++;
        }
        return i < html.length() && html.charAt(i) == '>' ? i + 1 : -1;
    }

    /** Whether {@code word} (lower-case ASCII) is at {@code at}, in any case of ASCII letters only (as the expressions were). */
    private static boolean asciiIgnoringCase(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(at + i);
            if (c != word.charAt(i) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Every {@code <…>} left out; a {@code <} never closed stays, with the rest. */
    private static String withoutTags(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '<' ? text.indexOf('>', i + 1) : -1;
            if (close >= 0) {
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String entities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        next:
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '&') {
                for (String[] entity : ENTITIES) {
                    if (text.startsWith(entity[0], i)) {
                        out.append(entity[1]);
                        i += entity[0].length();
                        continue next;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Runs of white space ({@code \s}: space, tab, line ends, vertical tab, form feed) → one space. */
    private static String spaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inRun) {
                    out.append(' ');
                }
                inRun = true;
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
