package org.magnolianews.host.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The names of what a cached response showed, as surrogate keys (Fastly's {@code Surrogate-Key}, Cloudflare's
 * {@code Cache-Tag}, Varnish xkey): a letter for the kind and a short digest of what it names, so a page
 * that read 200 items still sends a header of a few kilobytes. A digest collision can only purge too much,
 * never too little.
 * <ul>
 *   <li>{@code i…} an item, by identifier (a node read, or looked up and found absent);</li>
 *   <li>{@code p…} a path in a workspace (looked up, present or not);</li>
 *   <li>{@code c…} the children of a path (a listing of a folder or of the site's sections);</li>
 *   <li>{@code q…} one list query (workspace, statement, window), see {@link ListRead}; {@code r…} a count read rounded;</li>
 *   <li>{@code w…} every list of a workspace, for responses that cannot name their lists;</li>
 *   <li>{@code t…} a node read with its subtree, {@code u…} a read somewhere below a path;</li>
 *   <li>{@link #ALL} on every response: a full flush, should a purge ever need one.</li>
 * </ul>
 */
public final class SurrogateKeys {

    public static final String ALL = "all";

    private SurrogateKeys() {
    }

    public static String item(String identifier) {
        return "i" + digest(identifier);
    }

    public static String path(String workspace, String path) {
        return "p" + digest(workspace + ":" + path);
    }

    public static String children(String workspace, String path) {
        return "c" + digest(workspace + ":" + path);
    }

    /** On every listing of children in a workspace: purged when an item whose old place is not known changes. */
    public static String anyChildren(String workspace) {
        return "c" + digest(workspace + ":*");
    }

    /** A read of a node and its subtree: any change at or below the path changes it. */
    public static String tree(String workspace, String path) {
        return "t" + digest(workspace + ":" + path);
    }

    /** On a read at or below the path: taking the path off the site (an unpublished folder) takes the read with it. */
    public static String under(String workspace, String path) {
        return "u" + digest(workspace + ":" + path);
    }

    /** The path and its ancestors, nearest first ({@code /a/b} → {@code /a/b}, {@code /a}, {@code /}). */
    public static java.util.List<String> selfAndAncestors(String path) {
        java.util.List<String> paths = new java.util.ArrayList<>();
        String current = path;
        while (true) {
            paths.add(current);
            if (current.equals("/") || current.isEmpty()) {
                return paths;
            }
            int slash = current.lastIndexOf('/');
            current = slash <= 0 ? "/" : current.substring(0, slash);
        }
    }

    public static String workspaceLists(String workspace) {
        return "w" + digest(workspace);
    }

    /** A count read rounded (for weights): purged only when the rounded value changes. */
    public static String roundedCount(String workspace, String xpath, int significantDigits) {
        return "r" + digest(workspace + "\n" + xpath + "\n" + significantDigits);
    }

    static String list(String identity) {
        return "q" + digest(identity);
    }

    /** One SHA-256 per thread: looking the algorithm up among the security providers cost more than the hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** 60 bits of SHA-256 in base 32 (12 characters, letters and digits only: safe in any header and any VCL regex). */
    private static String digest(String text) {
        byte[] hash = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (hash[i] & 0xff);
        }
        String alphabet = "0123456789abcdefghijklmnopqrstuv";
        char[] out = new char[12];
        for (int i = 0; i < 12; i++) {
            out[i] = alphabet.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(out);
    }
}
