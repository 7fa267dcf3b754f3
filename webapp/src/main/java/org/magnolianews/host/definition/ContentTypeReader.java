package org.magnolianews.host.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

/**
 * Reads a content type definition in the 6.2 form (datasource without $type) or the 6.3 form
 * ({@code $type: jcrContentTypeDatasource}); properties as a list ({@code - name: x}) or as a map
 * keyed by name, both of which Magnolia's own material uses.
 */
final class ContentTypeReader {

    private static final String DEFAULT_NODE_TYPE = "mgnl:content";

    ContentTypeDefinition read(Definition definition, List<DefinitionProblem> problems) {
        Map<String, Object> datasource = definition.map("datasource");
        if (datasource.isEmpty()) {
            problems.add(definition.problem("datasource", "content type has no 'datasource'"));
        }
        String datasourceType = string(datasource.get("$type"));
        if (datasourceType != null && !datasourceType.equals("jcrContentTypeDatasource")) {
            problems.add(definition.problem("datasource.$type", "unknown datasource type '" + datasourceType
                    + "'; this host stores content in JCR: use jcrContentTypeDatasource or leave $type out"));
        }
        String workspace = string(datasource.get("workspace"));
        if (workspace == null && !datasource.isEmpty()) {
            problems.add(definition.problem("datasource", "datasource has no 'workspace'"));
        }
        String rootPath = string(datasource.get("rootPath"));
        Map<String, String> namespaces = new LinkedHashMap<>();
        if (datasource.get("namespaces") instanceof Map<?, ?> map) {
            map.forEach((prefix, uri) -> namespaces.put(String.valueOf(prefix), String.valueOf(uri)));
        }
        Map<String, Object> model = definition.map("model");
        if (model.isEmpty()) {
            problems.add(definition.problem("model", "content type has no 'model'"));
        }
        String nodeType = string(model.get("nodeType"));
        List<PropertyDefinition> properties = properties(definition, model.get("properties"), "model.properties", problems);
        Map<String, List<PropertyDefinition>> subModels = new LinkedHashMap<>();
        if (model.get("subModels") instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String path = "model.subModels[" + i + "]";
                if (!(list.get(i) instanceof Map<?, ?> subModel) || string(subModel.get("name")) == null) {
                    problems.add(definition.problem(path, "a sub-model needs a 'name'"));
                    continue;
                }
                subModels.put(string(subModel.get("name")),
                        properties(definition, subModel.get("properties"), path + ".properties", problems));
            }
        }
        return new ContentTypeDefinition(definition.name(), definition.module(), workspace,
                rootPath == null ? "/" : rootPath, nodeType == null ? DEFAULT_NODE_TYPE : nodeType,
                bool(datasource.get("autoCreate"), definition, "datasource.autoCreate", problems),
                namespaces, properties, subModels);
    }

    private static List<PropertyDefinition> properties(Definition definition, Object value, String path,
                                                       List<DefinitionProblem> problems) {
        List<PropertyDefinition> result = new ArrayList<>();
        if (value == null) {
            problems.add(definition.problem(path, "'properties' is missing"));
            return result;
        }
        List<Map.Entry<String, Object>> entries = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                entries.add(Map.entry(path + "[" + i + "]", list.get(i)));
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((name, spec) -> {
                Map<String, Object> withName = new LinkedHashMap<>();
                if (spec instanceof Map<?, ?> specMap) {
                    specMap.forEach((k, v) -> withName.put(String.valueOf(k), v));
                }
                withName.putIfAbsent("name", String.valueOf(name));
                entries.add(Map.entry(path + "." + name, withName));
            });
        } else {
            problems.add(definition.problem(path, "'properties' must be a list or a map"));
            return result;
        }
        for (Map.Entry<String, Object> entry : entries) {
            String at = entry.getKey();
            if (!(entry.getValue() instanceof Map<?, ?> spec)) {
                problems.add(definition.problem(at, "a property must be a mapping with at least a 'name'"));
                continue;
            }
            String name = string(spec.get("name"));
            if (name == null) {
                problems.add(definition.problem(at, "property has no 'name'"));
                continue;
            }
            if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                problems.add(definition.problem(at + ".name", "property name '" + name
                        + "' is not a plain camelCase name (no prefixes such as mgnl: or jcr:)"));
            }
            String type = string(spec.get("type"));
            result.add(new PropertyDefinition(name, type == null ? "String" : type,
                    bool(spec.get("multiple"), definition, at + ".multiple", problems),
                    bool(spec.get("required"), definition, at + ".required", problems),
                    bool(spec.get("i18n"), definition, at + ".i18n", problems)));
        }
        return result;
    }

    private static boolean bool(Object value, Definition definition, String path, List<DefinitionProblem> problems) {
        if (value == null) {
            return false;
        }
        String text = String.valueOf(value);
        if (!text.equals("true") && !text.equals("false")) {
            problems.add(definition.problem(path, "expected true or false, found '" + text + "'"));
            return false;
        }
        return Boolean.parseBoolean(text);
    }

    private static String string(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
