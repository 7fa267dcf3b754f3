package org.magnolianews.host.definition;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A webhook in Magnolia DX Core's format ({@code <module>/webhooks/<file>.yaml}, webhooks module 1.x): {@code name}
 * (unique), {@code url}, {@code method} (GET, POST, PUT, DELETE, PATCH), {@code queryParameters}, {@code headers},
 * {@code enabled}, and {@code events}, each {@code {name, eventType: Published|Unpublished, filter}} (see
 * {@link WebhookFilter}). Magnolia's {@code restClientName}/{@code restCallName} (a REST client defined elsewhere) are
 * not served by this host: a definition using them is a problem. See docs/webhooks.md.
 */
public record WebhookDefinition(String name, String module, String file, URI url, String method, Map<String, String> queryParameters,
                                Map<String, String> headers, boolean enabled, List<Event> events) {

    public static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

    /** What happened to content: Magnolia's two webhook event types. */
    public enum EventType {
        PUBLISHED("Published"), UNPUBLISHED("Unpublished");

        private final String yaml;

        EventType(String yaml) {
            this.yaml = yaml;
        }

        public String yaml() {
            return yaml;
        }

        static Optional<EventType> parse(String value) {
            for (EventType type : values()) {
                // Magnolia's docs write "Published"; the feature page says PUBLISH / UNPUBLISH events
                if (type.yaml.equalsIgnoreCase(value) || type.yaml.substring(0, type.yaml.length() - 2).equalsIgnoreCase(value)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
    }

    /** One event the webhook is called for; no filter: every item of that event type. */
    public record Event(String name, EventType type, Optional<WebhookFilter> filter) {
    }

    /** Every webhook definition that reads without problems; each problem goes into {@code problems} with its file and line. */
    public static List<WebhookDefinition> readAll(DefinitionRegistry registry, List<DefinitionProblem> problems) {
        List<WebhookDefinition> webhooks = new ArrayList<>();
        for (Definition definition : registry.all(DefinitionType.WEBHOOK)) {
            read(definition, problems).ifPresent(webhooks::add);
        }
        return List.copyOf(webhooks);
    }

    private static Optional<WebhookDefinition> read(Definition definition, List<DefinitionProblem> problems) {
        int before = problems.size();
        Map<String, Object> data = definition.data();
        if (!(data.get("name") instanceof String name) || name.isBlank()) {
            problems.add(definition.problem("name", "a webhook needs a 'name' (unique across all webhook definitions)"));
            return Optional.empty();
        }
        if (data.containsKey("restClientName") || data.containsKey("restCallName")) {
            problems.add(definition.problem(data.containsKey("restClientName") ? "restClientName" : "restCallName",
                    "restClientName/restCallName (a REST client defined elsewhere) are not supported by this host; give 'url' and 'method'"));
        }
        URI url = url(definition, data.get("url"), problems);
        String method = String.valueOf(data.getOrDefault("method", "")).toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            problems.add(definition.problem("method", "'method' must be one of GET, POST, PUT, DELETE, PATCH, found '"
                    + data.getOrDefault("method", "") + "'"));
        }
        Map<String, String> query = strings(definition, "queryParameters", problems);
        Map<String, String> headers = strings(definition, "headers", problems);
        Object enabledValue = data.getOrDefault("enabled", true);
        boolean enabled = !(enabledValue instanceof Boolean b && !b) && !"false".equals(String.valueOf(enabledValue));
        if (!(enabledValue instanceof Boolean) && !Set.of("true", "false").contains(String.valueOf(enabledValue))) {
            problems.add(definition.problem("enabled", "'enabled' must be true or false, found '" + enabledValue + "'"));
        }
        List<Event> events = new ArrayList<>();
        List<Object> listed = definition.list("events");
        if (listed.isEmpty()) {
            problems.add(definition.problem("events", "a webhook needs 'events' (a list of {name, eventType: Published|Unpublished, filter})"));
        }
        for (int i = 0; i < listed.size(); i++) {
            event(definition, "events[" + i + "]", listed.get(i), problems).ifPresent(events::add);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new WebhookDefinition(name, definition.module(), definition.file(), url, method, query, headers, enabled,
                List.copyOf(events)));
    }

    private static Optional<Event> event(Definition definition, String at, Object value, List<DefinitionProblem> problems) {
        if (!(value instanceof Map<?, ?> event)) {
            problems.add(definition.problem(at, "an event must be a mapping {name, eventType, filter}"));
            return Optional.empty();
        }
        String name = event.get("name") instanceof String n && !n.isBlank() ? n : null;
        if (name == null) {
            problems.add(definition.problem(at + ".name", "an event needs a 'name'"));
        }
        Optional<EventType> type = EventType.parse(String.valueOf(event.get("eventType")));
        if (type.isEmpty()) {
            problems.add(definition.problem(at + ".eventType", "'eventType' must be Published or Unpublished, found '" + event.get("eventType") + "'"));
        }
        Optional<WebhookFilter> filter = Optional.empty();
        if (event.get("filter") != null) {
            try {
                filter = Optional.of(WebhookFilter.parse(String.valueOf(event.get("filter"))));
            } catch (IllegalArgumentException e) {
                problems.add(definition.problem(at + ".filter", "filter '" + event.get("filter") + "': " + e.getMessage()));
                return Optional.empty();
            }
        }
        return name == null || type.isEmpty() ? Optional.empty() : Optional.of(new Event(name, type.get(), filter));
    }

    private static URI url(Definition definition, Object value, List<DefinitionProblem> problems) {
        String text = value == null ? "" : String.valueOf(value).strip();
        try {
            URI uri = new URI(text);
            if (uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(definition.problem("url", "'url' must be an absolute http:// or https:// URL, found '" + text + "'"));
        return null;
    }

    private static Map<String, String> strings(Definition definition, String key, List<DefinitionProblem> problems) {
        Object value = definition.data().get(key);
        Map<String, String> strings = new LinkedHashMap<>();
        if (value == null) {
            return strings;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(definition.problem(key, "'" + key + "' must be a mapping of names to values"));
            return strings;
        }
        map.forEach((k, v) -> {
            if (v instanceof Map<?, ?> || v instanceof List<?> || v == null) {
                problems.add(definition.problem(key + "." + k, "'" + key + "." + k + "' must be a single value"));
            } else {
                strings.put(String.valueOf(k), String.valueOf(v));
            }
        });
        return strings;
    }
}
