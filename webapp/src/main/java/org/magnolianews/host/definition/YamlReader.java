package org.magnolianews.host.definition;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads Magnolia definition YAML at the node level, which keeps line numbers and Magnolia's custom
 * tags ({@code !content-type:news}, {@code !include:/module/includes/x.yaml}) that a plain
 * object mapper would reject. Scalars stay strings; typed readers convert them.
 */
public final class YamlReader {

    /** Loads an included fragment by resource path; empty when it does not exist. */
    public interface Includes {
        Optional<String> read(String resourcePath);
    }

    private static final String INCLUDE_TAG = "!include:";

    private final Includes includes;

    public YamlReader(Includes includes) {
        this.includes = includes;
    }

    public YamlDocument read(String yaml, String file) {
        Node root = compose(yaml, file);
        Map<String, Integer> lines = new HashMap<>();
        if (root == null) {
            return new YamlDocument(new LinkedHashMap<>(), lines, Optional.empty());
        }
        Optional<String> rootTag = customTag(root).filter(tag -> !tag.startsWith(INCLUDE_TAG));
        Object value = convert(root, "", lines, file, 0);
        if (!(value instanceof Map<?, ?>)) {
            throw new DefinitionException(new DefinitionProblem(file, line(root), "a definition must be a mapping of keys to values"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return new YamlDocument(map, lines, rootTag);
    }

    private static Node compose(String yaml, String file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        try {
            return new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new DefinitionException(new DefinitionProblem(file, mark == null ? 0 : mark.getLine() + 1,
                    "YAML syntax error: " + problem));
        } catch (YAMLException e) {
            throw new DefinitionException(new DefinitionProblem(file, 0, "YAML error: " + e.getMessage()));
        }
    }

    private Object convert(Node node, String path, Map<String, Integer> lines, String file, int includeDepth) {
        lines.putIfAbsent(path, line(node));
        Optional<String> tag = customTag(node);
        if (tag.isPresent() && tag.get().startsWith(INCLUDE_TAG)) {
            return include(tag.get().substring(INCLUDE_TAG.length()), node, path, lines, file, includeDepth);
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(convert(item, path + "[" + list.size() + "]", lines, file, includeDepth));
            }
            return list;
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new DefinitionException(new DefinitionProblem(file, line(tuple.getKeyNode()), "keys must be plain names"));
            }
            String childPath = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
            // A problem with a value is reported on its key's line: "form.tabs:" rather than the list below it.
            lines.putIfAbsent(childPath, line(key));
            Object value = convert(tuple.getValueNode(), childPath, lines, file, includeDepth);
            if (key.getValue().equals("<<") && value instanceof Map<?, ?> merged) {
                merged.forEach((k, v) -> map.putIfAbsent(String.valueOf(k), v));
            } else {
                map.put(key.getValue(), value);
            }
        }
        return map;
    }

    private Object include(String resourcePath, Node node, String path, Map<String, Integer> lines, String file, int depth) {
        if (depth > 8) {
            throw new DefinitionException(new DefinitionProblem(file, line(node), "includes nest deeper than 8: is " + resourcePath + " including itself?"));
        }
        String fragment = includes.read(resourcePath).orElseThrow(() -> new DefinitionException(
                new DefinitionProblem(file, line(node), "included file " + resourcePath + " does not exist")));
        Node included = compose(fragment, resourcePath);
        Object value = included == null ? new LinkedHashMap<>() : convert(included, path, new HashMap<>(), resourcePath, depth + 1);
        // Keys written beside the include in the including file override the fragment's.
        if (node instanceof MappingNode && value instanceof Map<?, ?> base) {
            @SuppressWarnings("unchecked")
            Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) base);
            MappingNode overrides = new MappingNode(Tag.MAP, ((MappingNode) node).getValue(), ((MappingNode) node).getFlowStyle());
            @SuppressWarnings("unchecked")
            Map<String, Object> own = (Map<String, Object>) convert(overrides, path, lines, file, depth);
            merged.putAll(own);
            return merged;
        }
        return value;
    }

    private static Optional<String> customTag(Node node) {
        Tag tag = node.getTag();
        return tag != null && !tag.startsWith(Tag.PREFIX) && tag.getValue().startsWith("!")
                ? Optional.of(tag.getValue()) : Optional.empty();
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
