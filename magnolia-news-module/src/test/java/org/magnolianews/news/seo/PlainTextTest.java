package org.magnolianews.news.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    /** The rules as regular expressions (the first version of PlainText): the scans must give the same text. */
    private static String byExpressions(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = Pattern.compile("<[^>]*>").matcher(Pattern.compile("(?i)</(p|div|h[1-6]|li|blockquote)>|<br\\s*/?>")
                .matcher(html).replaceAll(" ")).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return Pattern.compile("\\s+").matcher(text).replaceAll(" ").strip();
    }

    @Test
    void blockEndsAndBreaksSeparateWordsTagsGoEntitiesAreDecoded() {
        assertEquals("First paragraph. Second <one> & \"quoted\" it's", PlainText.of(
                "<p>First <b>paragraph</b>.</P><DIV>Second</div>&lt;one&gt; &amp; &quot;quoted&quot;<br/>it&#39;s&nbsp;"));
        assertEquals("a b c", PlainText.of("a<br>b<BR  />c"));
        assertEquals("&lt; stays once", PlainText.of("&amp;lt; stays once"));
        assertEquals("", PlainText.of(null));
    }

    @Test
    void sameTextAsTheRegularExpressionsForOddMarkup() {
        List<String> odd = List.of("<a </p>b", "x<br", "x<br /", "x<br/ >y", "<h7>t</h7>", "</h6>x</H3>", "</li", "a < b > c",
                "&amp;amp;", "&&lt;;", "\t a \r\n b \u000B c \f", "\u2003 em spaces \u2003", "<p>unclosed <b", "</blockquotex>",
                "</BlockQuote>end", "<br\t\n>", "&#39;&#40;", "x&", "< >", "<<p>>");
        for (String html : odd) {
            assertEquals(byExpressions(html), PlainText.of(html), html);
        }
        Random random = new Random(13);
        String[] pieces = {"<", ">", "/", "p", "P", "br", "BR", " ", "\n", "div", "h", "3", "li", "blockquote", "&", "amp;",
                "lt;", "gt;", "nbsp;", "quot;", "#39;", "x", "é", "\u00a0"};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(byExpressions(html.toString()), PlainText.of(html.toString()), html.toString());
        }
    }

    /** A prefix is the whole text's first characters, however the markup falls at the cut (tags, block ends, entities, spaces). */
    @Test
    void aPrefixIsTheWholeTextCut() {
        Random random = new Random(17);
        String[] pieces = {"<", ">", "/", "p", "P", "br", "BR", " ", "  ", "\n", "div", "h", "3", "li", "blockquote", "&", "amp;",
                "lt;", "gt;", "nbsp;", "quot;", "#39;", "x", "word ", "é", "\u00a0", "<p>", "</p>", "<b>", "</b>", "<br/>", "&amp;"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String whole = PlainText.of(html.toString());
            for (int limit : new int[] {1, 5, 20, 60}) {
                assertEquals(whole.substring(0, Math.min(limit, whole.length())), PlainText.prefix(html.toString(), limit),
                        limit + " of " + html);
            }
        }
        String body = "<p>" + "A sentence of a long description, &amp; more. ".repeat(2_000) + "</p>";
        assertEquals(PlainText.of(body).substring(0, 181), PlainText.prefix(body, 181));
        assertEquals("", PlainText.prefix(null, 10));
    }
}
