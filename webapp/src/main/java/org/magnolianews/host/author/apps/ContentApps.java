package org.magnolianews.host.author.apps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.DefinitionType;

/**
 * Every content app of every module, read once from the APP definitions: an app YAML with
 * {@code !content-type:x} (or a plain app naming a {@code contentType}) gets a list and a form here
 * without Java changes.
 */
public final class ContentApps {

    private final List<ContentApp> apps;

    public ContentApps(DefinitionRegistry registry) {
        FieldSpecs specs = new FieldSpecs(registry);
        List<ContentApp> found = new ArrayList<>();
        for (Definition definition : registry.all(DefinitionType.APP)) {
            Optional<ContentTypeDefinition> type = definition.string("contentType").flatMap(registry::contentType);
            if (type.isEmpty()) {
                continue;
            }
            Map<String, Object> detail = FieldSpecs.map(definition.map("subApps").get("detail"));
            Map<String, Object> formProperties = FieldSpecs.map(FieldSpecs.map(detail.get("form")).get("properties"));
            List<FieldSpec> fields = specs.read(formProperties, type, type.get().properties());
            String name = definition.string("name").orElse(definition.name());
            found.add(new ContentApp(name, definition.string("label").orElse(name), definition.string("icon").orElse(""), type.get(), fields));
        }
        found.sort(Comparator.comparing(ContentApp::name));
        this.apps = List.copyOf(found);
    }

    public List<ContentApp> all() {
        return apps;
    }

    public Optional<ContentApp> find(String name) {
        return apps.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public Optional<ContentApp> ofContentType(String contentType) {
        return apps.stream().filter(a -> a.type().name().equals(contentType)).findFirst();
    }
}
