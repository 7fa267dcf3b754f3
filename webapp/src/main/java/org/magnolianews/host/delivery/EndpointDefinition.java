package org.magnolianews.host.delivery;

import java.util.List;
import java.util.Map;

/**
 * One {@code jcrDeliveryEndpoint_v2} as its YAML defines it: which workspace it serves (always
 * through the workspace's live twin), from which root, which node types, how deep, with which
 * references resolved. Magnolia's defaults apply to what the YAML leaves out.
 *
 * @param path              the endpoint path below {@code /.rest/}, e.g. {@code delivery/news}
 * @param fallbackLanguages beyond Magnolia: for a requested language, the languages tried after it
 *                          when an item lacks a value in it (default: the site's default language)
 * @param bypassWorkspaceAcls Magnolia's switch to read the workspace whatever the anonymous roles' ACLs say
 * @param systemProperties  the {@code jcr:}/{@code mgnl:} properties served although {@code includeSystemProperties}
 *                          is false (Magnolia's SPA demos list {@code mgnl:template} here for the front end's mapping)
 */
public record EndpointDefinition(String path, String workspace, String rootPath, List<String> nodeTypes,
                                 List<String> childNodeTypes, boolean strict, int depth,
                                 boolean includeSystemProperties, int limit, List<ReferenceDefinition> references,
                                 Map<String, List<String>> fallbackLanguages, boolean bypassWorkspaceAcls,
                                 List<String> systemProperties) {

    public EndpointDefinition(String path, String workspace, String rootPath, List<String> nodeTypes,
                              List<String> childNodeTypes, boolean strict, int depth,
                              boolean includeSystemProperties, int limit, List<ReferenceDefinition> references,
                              Map<String, List<String>> fallbackLanguages) {
        this(path, workspace, rootPath, nodeTypes, childNodeTypes, strict, depth, includeSystemProperties, limit, references,
                fallbackLanguages, false, List.of());
    }

    /** Whether a stored property is served: every ordinary one; a {@code jcr:}/{@code mgnl:} one when included or listed. */
    public boolean serves(String property) {
        boolean system = property.startsWith("jcr:") || property.startsWith("mgnl:");
        return !system || includeSystemProperties || systemProperties.contains(property);
    }

    public static final String TYPE = "jcrDeliveryEndpoint_v2";
    public static final String CLASS = "info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition";

    /** The path below {@code /.rest/delivery/}: {@code news}, {@code pages/v1}. */
    public String deliveryPath() {
        return path.substring("delivery/".length());
    }

    /** The absolute JCR path for a path relative to the endpoint's root. */
    public String absolutePath(String relative) {
        if (rootPath.equals("/")) {
            return relative.isEmpty() ? "/" : relative;
        }
        return relative.equals("/") || relative.isEmpty() ? rootPath : rootPath + relative;
    }

    /** The path of a node relative to the root, as the endpoint's URLs take it. */
    public String relativePath(String absolute) {
        if (rootPath.equals("/")) {
            return absolute;
        }
        return absolute.equals(rootPath) ? "/" : absolute.substring(rootPath.length());
    }

    public boolean contains(String absolute) {
        return rootPath.equals("/") || absolute.equals(rootPath) || absolute.startsWith(rootPath + "/");
    }
}
