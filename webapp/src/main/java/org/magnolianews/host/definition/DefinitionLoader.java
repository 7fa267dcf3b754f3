package org.magnolianews.host.definition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.magnolianews.host.module.InstalledModule;
import org.magnolianews.host.module.Resources;

/**
 * Loads the YAML definitions of all modules into a {@link DefinitionRegistry}. As Magnolia does, a definition
 * with problems is registered with them (severity, file, line) instead of stopping start-up; every problem is
 * logged once, and what cannot be used is left out where it would be used.
 */
public final class DefinitionLoader {

    private final Resources resources;
    private final YamlReader yaml;
    private final ContentTypeReader contentTypeReader = new ContentTypeReader();
    private final AppExpander appExpander = new AppExpander();

    public DefinitionLoader(Resources resources) {
        this.resources = resources;
        this.yaml = new YamlReader(resources::readString);
    }

    /**
     * @param workspaces the workspaces the modules declare: a content type or endpoint naming another
     *                   workspace is a problem unless the content type creates it ({@code autoCreate}).
     */
    public DefinitionRegistry load(List<InstalledModule> modules, Set<String> workspaces) {
        DefinitionRegistry registry = read(modules, workspaces);
        registry.logProblems();
        return registry;
    }

    /** Like {@link #load}, without logging: for a reload, whose registry logs only what is new. */
    public DefinitionRegistry read(List<InstalledModule> modules, Set<String> workspaces) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<DefinitionType, Map<String, Definition>> byType = new EnumMap<>(DefinitionType.class);
        List<Definition> shadowed = new ArrayList<>();
        for (InstalledModule module : modules) {
            for (String path : module.root().list(module.name())) {
                readDefinition(module, path, problems).ifPresent(definition -> {
                    Definition previous = byType.computeIfAbsent(definition.type(), t -> new LinkedHashMap<>())
                            .putIfAbsent(definition.id(), definition);
                    if (previous != null) {
                        shadowed.add(definition);
                        problems.add(new DefinitionProblem(definition.file(), 0, definition.type().folder()
                                + " id '" + definition.id() + "' is already defined in " + previous.file()));
                    }
                });
            }
        }
        Map<String, ContentTypeDefinition> contentTypes = new LinkedHashMap<>();
        for (Definition definition : byType.getOrDefault(DefinitionType.CONTENT_TYPE, Map.of()).values()) {
            if (!unreadable(definition, problems)) {
                contentTypes.put(definition.name(), contentTypeReader.read(definition, problems));
            }
        }
        expandApps(byType, contentTypes, problems);
        DefinitionRegistry registry = new DefinitionRegistry(byType, shadowed, contentTypes);
        registry.addProblems(problems);
        registry.addProblems(new DefinitionValidator(registry, resources, workspaces).validate());
        registry.addProblems(appsOfUnusableContentTypes(registry));
        return registry;
    }

    private static boolean unreadable(Definition definition, List<DefinitionProblem> problems) {
        return problems.stream().anyMatch(p -> p.file().equals(definition.file()) && p.severity() == DefinitionProblem.Severity.SEVERE);
    }

    /** An app generated from a content type that is not used cannot be used either. */
    private static List<DefinitionProblem> appsOfUnusableContentTypes(DefinitionRegistry registry) {
        List<DefinitionProblem> problems = new ArrayList<>();
        for (Definition app : registry.all(DefinitionType.APP)) {
            Optional<String> tag = app.document().rootTag().filter(t -> t.startsWith("!content-type:"));
            if (tag.isPresent()) {
                String name = tag.get().substring("!content-type:".length());
                if (registry.contentType(name).isEmpty()) {
                    problems.add(app.problem("", "app is generated from content type '" + name + "', which has problems and is not used"));
                }
            }
        }
        return problems;
    }

    private Optional<Definition> readDefinition(InstalledModule module, String path, List<DefinitionProblem> problems) {
        // path: /<module>/<folder>/<sub/path>/<name>.yaml
        String[] parts = path.substring(1).split("/", 3);
        if (parts.length < 3 || !path.endsWith(".yaml")) {
            return Optional.empty();
        }
        Optional<DefinitionType> type = DefinitionType.ofFolder(parts[1]);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String relative = parts[2].substring(0, parts[2].length() - ".yaml".length());
        String file = module.root().describe(path);
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        YamlDocument document;
        try {
            document = yaml.read(resources.readString(path).orElseThrow(), file);
        } catch (DefinitionException e) {
            // Registered all the same, empty, so the Definitions screen shows the file and why nothing of it is used.
            e.problems().forEach(p -> problems.add(p.withSeverity(DefinitionProblem.Severity.SEVERE)));
            document = new YamlDocument(Map.of(), Map.of(), Optional.empty());
        }
        String id = switch (type.get()) {
            case CONTENT_TYPE, THEME -> name;
            case APP -> document.root().get("name") instanceof String appName ? appName : name;
            case TEMPLATE, DIALOG, VIRTUAL_URI_MAPPING -> module.name() + ":" + relative;
            case REST_ENDPOINT -> endpointPath(relative, document);
            // Magnolia: "The name must be unique across all webhook definitions"; the file name when it has none (a problem)
            case WEBHOOK -> document.root().get("name") instanceof String hookName && !hookName.isBlank() ? hookName : name;
        };
        return Optional.of(new Definition(type.get(), id, module.name(), name, file, document));
    }

    /** Magnolia's rule: restEndpoints/delivery/pages_v1.yaml serves /.rest/delivery/pages/v1. */
    private static String endpointPath(String relative, YamlDocument document) {
        if (document.root().get("endpointPath") instanceof String explicit && !explicit.isBlank()) {
            return explicit.replaceAll("^/+|/+$", "");
        }
        return relative.replaceFirst("_(v\\d+)$", "/$1");
    }

    private void expandApps(Map<DefinitionType, Map<String, Definition>> byType,
                            Map<String, ContentTypeDefinition> contentTypes, List<DefinitionProblem> problems) {
        Map<String, Definition> apps = byType.getOrDefault(DefinitionType.APP, Map.of());
        for (Map.Entry<String, Definition> entry : apps.entrySet()) {
            Definition app = entry.getValue();
            Optional<String> tag = app.document().rootTag();
            if (tag.isEmpty()) {
                continue;
            }
            if (!tag.get().startsWith("!content-type:")) {
                problems.add(app.problem("", "unknown tag " + tag.get() + " (known: !content-type:<name>, !include:<path>)"));
                continue;
            }
            String contentTypeName = tag.get().substring("!content-type:".length());
            ContentTypeDefinition contentType = contentTypes.get(contentTypeName);
            if (contentType == null) {
                problems.add(app.problem("", "app is generated from content type '" + contentTypeName
                        + "', which no module defines (known: " + contentTypes.keySet() + ")"));
                continue;
            }
            Map<String, Object> expanded = appExpander.expand(contentType, app.data());
            YamlDocument document = new YamlDocument(expanded, app.document().lines(), tag);
            entry.setValue(new Definition(app.type(), app.id(), app.module(), app.name(), app.file(), document));
        }
    }
}
