package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.testing.RunningHost;

/**
 * Thousands of generated query strings and paths, sent raw over a socket (so malformed escapes
 * reach the server as they are): none may produce a 5xx, and every refusal is Magnolia's JSON error.
 */
class DeliveryBadInputIT {

    private static final int REQUESTS = 3000;
    private static final String[] NAMES = {"title", "title_ru", "date", "lead", "subjects", "relatedNews", "image", "sourceAgency",
            "mgnl:created", "mgnl:lastModified", "jcr:uuid", "@name", "@ancestor", "@jcr:uuid", "limit", "offset", "orderBy", "q",
            "lang", "before", "total", "nosuch", "", "title'", "title]", "[", "date[", "@", "jcr:primaryType", "a b", "../x", "*"};
    private static final String[] OPERATORS = {"eq", "ne", "gt", "lt", "gte", "lte", "in", "not-in", "like", "null", "", "EQ", "x",
            "gt][lt", "'", "in~"};
    private static final String[] VALUES = {"", "1", "-1", "0", "99999999999999999999", "2018-01-01", "2018-02-30", "2018-01-01T10:00:00.000+03:00",
            "2018-01-01T10:00:00Z", "2018-01-01~2019-01-01", "~", "a~b~c", "true", "false", "null", "'", "''", "\"", "' or '1'='1",
            "%", "_", "\\", "|", "||", "a|b|c", "]", "[", "//*", "/jcr:root", "/2017", "/2017/../..", "date desc", "title asc,date desc",
            "date sideways", ",", "Путин", "日本", "\u0000", "jcr:contains(., 'x')", "AND", "OR NOT", "*", "?", "~", "^", "(", ")",
            "{}", "<script>", "en", "ru", "all", "de-DE", "x-y-z-1234567890", "5c91c8bb-f257-4e70-813b-1c86c2378aaa", "jcr:abc"};
    private static final String[] PATHS = {"/.rest/delivery/news", "/.rest/delivery/news/", "/.rest/delivery/subjects",
            "/.rest/delivery/publications", "/.rest/delivery/pages", "/.rest/delivery/news" + DeliveryClient.SEED,
            "/.rest/delivery/news/2017@nodes", "/.rest/delivery/news/%5B", "/.rest/delivery/news/..%2F..", "/.rest/delivery/news/a%00b",
            "/.rest/delivery/news/jcr:system", "/.rest/delivery/news/@nodes", "/.rest/delivery/nosuch", "/dam/jcr:x/y",
            "/.imaging/delivery/480x360/jcr:5c91c8bb-f257-4e70-813b-1c86c2378aaa/x.jpg", "/.rest/delivery/news/%E0%A4%A"};

    private static final String[] ACCEPT_LANGUAGES = {"", ";;;", ",,,", "ru;q=", "ru;q=abc", "*", "en-GB-oed;q=0.5, ru-RU",
            "q=1", ";q=0.5", "ru;;q=0.9", "x".repeat(600), "ru;q=1e999", "ru;q=NaN", "-", "ru-"};

    /** Jetty's request header buffer (8 KiB): a longer request line is answered 414 URI Too Long, rightly. */
    private static final int URI_LIMIT = 8 * 1024 - 100;

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    @Test
    void generatedBadInputNeverCausesA5xx() throws Exception {
        long seed = Long.getLong("badInputSeed", System.nanoTime());
        Random random = new Random(seed);
        int ok = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String target = pick(random, PATHS) + "?" + queryString(random);
            Answer answer = send(target, random.nextInt(4) == 0 ? pick(random, ACCEPT_LANGUAGES) : "ru;q=0.8, xx");
            if (answer.status >= 500) {
                failures.add(answer.status + " " + target + " → " + answer.body);
            } else if (answer.status >= 400 && answer.status != 400 && answer.status != 404 && answer.status != 405
                    && !(answer.status == 414 && target.length() > URI_LIMIT)) {
                failures.add("unexpected " + answer.status + " " + target);
            } else if (answer.status >= 400 && !answer.body.contains("\"error\"") && !refusedByJetty(target)) {
                failures.add("not a JSON error: " + answer.status + " " + target + " → " + answer.body);
            } else if (answer.body.contains("Exception") || answer.body.contains("at org.")) {
                failures.add("internals in body: " + target + " → " + answer.body);
            }
            if (answer.status == 200) {
                ok++;
            } else {
                refused++;
            }
        }
        assertTrue(failures.isEmpty(), "seed " + seed + ": " + failures.size() + " failures, first: " + failures.subList(0, Math.min(5, failures.size())));
        assertTrue(ok > REQUESTS / 20 && refused > REQUESTS / 20, "the generator exercises both paths: " + ok + " ok, " + refused + " refused");
    }

    /**
     * Paths Jetty refuses before any servlet sees them (a NUL or a broken escape in the path): it
     * answers its own plain 400, having replaced the URI, so no handler can tell it was under /.rest.
     */
    private static boolean refusedByJetty(String target) {
        String path = target.substring(0, target.indexOf('?'));
        return path.contains("%00") || path.endsWith("%A");
    }

    private static String queryString(Random random) {
        StringBuilder query = new StringBuilder();
        int parameters = random.nextInt(5);
        for (int p = 0; p < parameters; p++) {
            if (p > 0) {
                query.append('&');
            }
            String name = pick(random, NAMES);
            if (random.nextInt(3) == 0) {
                name += "[" + pick(random, OPERATORS) + "]";
            }
            String value = random.nextInt(10) == 0 ? randomText(random) : pick(random, VALUES);
            if (random.nextInt(6) == 0) {
                value += "|" + pick(random, VALUES);
            }
            query.append(encode(random, name)).append('=').append(encode(random, value));
        }
        if (random.nextInt(15) == 0) {
            query.append(random.nextBoolean() ? "%zz" : "%");
        }
        return query.toString();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(random.nextInt(20) == 0 ? 3000 : 30);
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextInt(10) == 0 ? 0x400 + random.nextInt(0x60) : 32 + random.nextInt(95)));
        }
        return text.toString();
    }

    /** Percent-encodes what a request line cannot carry raw; sometimes leaves brackets and quotes raw. */
    private static String encode(Random random, String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean raw = c > 32 && c < 127 && c != '%' && c != '&' && c != '#' && c != '+' && (random.nextBoolean() || Character.isLetterOrDigit(c));
            encoded.append(raw ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return encoded.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private record Answer(int status, String body) {
    }

    private static Answer send(String target, String acceptLanguage) throws Exception {
        try (Socket socket = new Socket("localhost", host.host().port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + acceptLanguage + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            String text = response.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            int bodyStart = text.indexOf("\r\n\r\n");
            return new Answer(status, bodyStart < 0 ? "" : text.substring(bodyStart + 4));
        }
    }
}
