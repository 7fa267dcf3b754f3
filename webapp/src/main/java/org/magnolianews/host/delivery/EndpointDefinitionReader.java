package org.magnolianews.host.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * Reads a REST endpoint definition into an {@link EndpointDefinition}, with Magnolia's defaults.
 * Only {@code jcrDeliveryEndpoint_v2} endpoints under {@code delivery/} are served; a definition
 * that cannot be served safely (a workspace without a live twin, a broken regex) is refused with a
 * reason naming the file.
 */
public final class EndpointDefinitionReader {

    static final int DEFAULT_LIMIT = 10;

    private final WorkspaceLayout layout;
    private final Languages languages;

    public EndpointDefinitionReader(WorkspaceLayout layout, Languages languages) {
        this.layout = layout;
        this.languages = languages;
    }

    public static boolean isDeliveryEndpoint(Definition definition) {
        return definition.string("$type").map(EndpointDefinition.TYPE::equals).orElse(false)
                || definition.string("class").map(EndpointDefinition.CLASS::equals).orElse(false);
    }

    /** The endpoint, or an exception whose message says what is wrong and where. */
    public EndpointDefinition read(Definition definition) {
        String path = definition.id().replaceAll("^/+|/+$", "");
        if (!path.startsWith("delivery/")) {
            throw problem(definition, "endpoint path '" + path + "' is not below delivery/, where anonymous reads are served");
        }
        String workspace = definition.string("workspace").orElse(WorkspaceLayout.WEBSITE);
        if (!layout.isContentWorkspace(workspace)) {
            throw problem(definition, "workspace '" + workspace + "' is not a content workspace with published content");
        }
        String rootPath = definition.string("rootPath").orElse("/");
        if (!rootPath.startsWith("/") || rootPath.contains("//") || rootPath.contains("[") || rootPath.contains("..")) {
            throw problem(definition, "rootPath '" + rootPath + "' is not an absolute path");
        }
        if (rootPath.length() > 1 && rootPath.endsWith("/")) {
            rootPath = rootPath.substring(0, rootPath.length() - 1);
        }
        List<String> nodeTypes = strings(definition.list("nodeTypes"));
        List<String> childNodeTypes = strings(definition.list("childNodeTypes"));
        List<ReferenceDefinition> references = new ArrayList<>();
        for (Object entry : definition.list("references")) {
            if (entry instanceof Map<?, ?> map) {
                references.add(reference(definition, map));
            }
        }
        return new EndpointDefinition(path, workspace, rootPath,
                nodeTypes.isEmpty() ? List.of("mgnl:content") : nodeTypes,
                childNodeTypes.isEmpty() ? List.of("mgnl:contentNode") : childNodeTypes,
                bool(definition.data().get("strict"), false),
                integer(definition, "depth", 0),
                bool(definition.data().get("includeSystemProperties"), false),
                integer(definition, "limit", DEFAULT_LIMIT),
                List.copyOf(references),
                fallbackLanguages(definition),
                bool(definition.data().get("bypassWorkspaceAcls"), false),
                systemProperties(definition));
    }

    private ReferenceDefinition reference(Definition definition, Map<?, ?> entry) {
        String name = String.valueOf(entry.get("name"));
        Object propertyName = entry.get("propertyName");
        if (!(propertyName instanceof String regex) || regex.isBlank()) {
            throw problem(definition, "reference '" + name + "' has no propertyName");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw problem(definition, "reference '" + name + "': propertyName is not a regular expression: " + e.getDescription());
        }
        Map<?, ?> resolver = entry.get("referenceResolver") instanceof Map<?, ?> m ? m : Map.of();
        String type = Optional.ofNullable(resolver.get("$type")).map(String::valueOf)
                .orElse(String.valueOf(resolver.get("class")));
        boolean expand = bool(resolver.get("expand"), true);
        if (type.equals(ReferenceDefinition.ASSET_RESOLVER) || type.equals(ReferenceDefinition.ASSET_RESOLVER_CLASS)) {
            return new ReferenceDefinition(name, pattern, ReferenceDefinition.Kind.ASSET, WorkspaceLayout.DAM, expand, true,
                    resolver.get("assetRenditions") instanceof List<?> l ? strings(l) : List.of(),
                    bool(resolver.get("includeAssetMetadata"), true));
        }
        if (type.equals(ReferenceDefinition.JCR_RESOLVER) || type.equals(ReferenceDefinition.JCR_RESOLVER_CLASS)) {
            Object target = resolver.get("targetWorkspace");
            if (!(target instanceof String workspace) || !layout.isContentWorkspace(workspace)) {
                throw problem(definition, "reference '" + name + "': targetWorkspace '" + target
                        + "' is not a content workspace with published content");
            }
            return new ReferenceDefinition(name, pattern, ReferenceDefinition.Kind.JCR, workspace, expand,
                    bool(resolver.get("generateLink"), false), List.of(), false);
        }
        throw problem(definition, "reference '" + name + "': unknown referenceResolver '" + type
                + "' (known: jcrReferenceResolver, assetReferenceResolver)");
    }

    /** {@code fallbackLanguages: {ru: [en]}}; every language not named falls back to the default language. */
    private Map<String, List<String>> fallbackLanguages(Definition definition) {
        Map<String, List<String>> chains = new LinkedHashMap<>();
        for (String language : languages.all()) {
            chains.put(language, language.equals(languages.defaultLanguage()) ? List.of() : List.of(languages.defaultLanguage()));
        }
        for (Map.Entry<String, Object> entry : definition.map("fallbackLanguages").entrySet()) {
            if (!languages.isSupported(entry.getKey())) {
                throw problem(definition, "fallbackLanguages: '" + entry.getKey() + "' is not a site language " + languages.all());
            }
            List<String> chain = entry.getValue() instanceof List<?> l ? strings(l) : List.of(String.valueOf(entry.getValue()));
            for (String language : chain) {
                if (!languages.isSupported(language)) {
                    throw problem(definition, "fallbackLanguages: '" + language + "' is not a site language " + languages.all());
                }
            }
            chains.put(entry.getKey(), chain);
        }
        return Map.copyOf(chains);
    }

    /** {@code systemProperties: [mgnl:template, …]}: only names of system properties make sense there. */
    private static List<String> systemProperties(Definition definition) {
        Object value = definition.data().get("systemProperties");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw problem(definition, "systemProperties must be a list of property names, e.g. [mgnl:template]");
        }
        List<String> names = strings(list);
        for (String name : names) {
            if (!name.startsWith("jcr:") && !name.startsWith("mgnl:")) {
                throw problem(definition, "systemProperties: '" + name + "' is no system property (jcr:… or mgnl:…)");
            }
        }
        return names;
    }

    private static int integer(Definition definition, String key, int fallback) {
        Object value = definition.data().get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(String.valueOf(value).trim());
            if (parsed < 0) {
                throw problem(definition, key + " must not be negative");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw problem(definition, key + " is not a number: " + value);
        }
    }

    private static boolean bool(Object value, boolean fallback) {
        return value == null ? fallback : Boolean.parseBoolean(String.valueOf(value).trim());
    }

    private static List<String> strings(List<?> values) {
        List<String> strings = new ArrayList<>();
        for (Object value : values) {
            if (value != null && !String.valueOf(value).isBlank()) {
                strings.add(String.valueOf(value).trim());
            }
        }
        return List.copyOf(strings);
    }

    private static IllegalArgumentException problem(Definition definition, String message) {
        return new IllegalArgumentException(definition.file() + ": " + message);
    }
}
