package org.magnolianews.host.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The URLs responses link to: delivery reads, asset binaries and renditions. */
final class DeliveryLinks {

    static final String REST = "/.rest/";
    static final String DAM = "/dam/";
    static final String IMAGING = ImagingUrls.ALIAS;

    private final List<EndpointDefinition> endpoints;

    DeliveryLinks(List<EndpointDefinition> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    /** The read URL of a node in an endpoint. */
    static String read(EndpointDefinition endpoint, String absolutePath) {
        return REST + endpoint.path() + encodePath(endpoint.relativePath(absolutePath));
    }

    static String read(EndpointDefinition endpoint, String absolutePath, String language) {
        return read(endpoint, absolutePath) + "?lang=" + language;
    }

    /** The read URL of a node of a workspace, through the first endpoint serving that part of it. */
    Optional<String> readInWorkspace(String workspace, String absolutePath) {
        return endpoints.stream().filter(e -> e.workspace().equals(workspace) && e.contains(absolutePath))
                .findFirst().map(e -> read(e, absolutePath));
    }

    static String asset(String uuid, String fileName) {
        return DAM + "jcr:" + uuid + "/" + encodeSegment(fileName);
    }

    static String rendition(String rendition, String uuid, String fileName) {
        return IMAGING + rendition + "/jcr:" + uuid + "/" + encodeSegment(fileName);
    }

    static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                encoded.append('/').append(encodeSegment(segment));
            }
        }
        return encoded.length() == 0 ? "/" : encoded.toString();
    }

    static String encodeSegment(String segment) {
        if (keptAsIs(segment)) {
            return segment; // a slug: nothing to encode (every item of a list links its languages)
        }
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
    }

    /** Whether every character is one the encoding above leaves as it is: letters, digits and {@code .-*_:}. */
    private static boolean keptAsIs(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '*' || c == '_' || c == ':';
            if (!kept) {
                return false;
            }
        }
        return true;
    }
}
