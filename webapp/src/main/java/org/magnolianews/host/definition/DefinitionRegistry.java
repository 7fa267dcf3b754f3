package org.magnolianews.host.definition;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every definition of every module, by type and Magnolia id. Content types and apps are keyed by
 * their name (unique system-wide in Magnolia), templates and dialogs by {@code module:path}, REST
 * endpoints by their endpoint path ({@code delivery/news}).
 */
public final class DefinitionRegistry {

    private final Map<DefinitionType, Map<String, Definition>> definitions;
    private final Map<String, ContentTypeDefinition> contentTypes;

    DefinitionRegistry(Map<DefinitionType, Map<String, Definition>> definitions,
                       Map<String, ContentTypeDefinition> contentTypes) {
        this.definitions = definitions;
        this.contentTypes = contentTypes;
    }

    public Optional<Definition> find(DefinitionType type, String id) {
        return Optional.ofNullable(definitions.getOrDefault(type, Map.of()).get(id));
    }

    public Collection<Definition> all(DefinitionType type) {
        return definitions.getOrDefault(type, Map.of()).values();
    }

    public Optional<ContentTypeDefinition> contentType(String name) {
        return Optional.ofNullable(contentTypes.get(name));
    }

    public Collection<ContentTypeDefinition> contentTypes() {
        return contentTypes.values();
    }

    /** The content type whose items live in a workspace, if any. */
    public Optional<ContentTypeDefinition> contentTypeOfWorkspace(String workspace) {
        return contentTypes.values().stream().filter(ct -> workspace.equals(ct.workspace())).findFirst();
    }

    public int size() {
        return definitions.values().stream().mapToInt(Map::size).sum();
    }

    public List<String> ids(DefinitionType type) {
        return List.copyOf(definitions.getOrDefault(type, Map.of()).keySet());
    }
}
