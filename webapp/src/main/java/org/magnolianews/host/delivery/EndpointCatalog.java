package org.magnolianews.host.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.definition.DefinitionProblem;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.DefinitionType;

/**
 * The delivery endpoints of the registry as served: each usable {@code jcrDeliveryEndpoint_v2} read into an
 * {@link EndpointDefinition}, longest path first (so {@code delivery/pages/v1} wins over {@code delivery/pages}),
 * and the ones that cannot be served with the reason, so a request to one answers a JSON error that says so
 * instead of a bare 404. A problem the reader finds is registered with the definition (Definitions screen).
 */
record EndpointCatalog(List<EndpointDefinition> served, Map<String, String> refused) {

    static EndpointCatalog read(HostContext host) {
        DefinitionRegistry registry = host.definitions();
        EndpointDefinitionReader reader = new EndpointDefinitionReader(host.repository().layout(), host.languages());
        List<EndpointDefinition> served = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (DefinitionRegistry.Entry entry : registry.entries()) {
            var definition = entry.definition();
            if (definition.type() != DefinitionType.REST_ENDPOINT || !definition.id().startsWith("delivery/")) {
                continue;
            }
            String path = definition.id().substring("delivery/".length());
            if (!entry.usable()) {
                refused.putIfAbsent(path, entry.problems().stream().filter(p -> p.severity().blocksUse())
                        .map(DefinitionProblem::message).collect(Collectors.joining("; ")));
                continue;
            }
            if (!EndpointDefinitionReader.isDeliveryEndpoint(definition)) {
                continue;
            }
            try {
                served.add(reader.read(definition));
            } catch (IllegalArgumentException e) {
                String reason = e.getMessage().startsWith(definition.file() + ": ")
                        ? e.getMessage().substring(definition.file().length() + 2) : e.getMessage();
                registry.report(new DefinitionProblem(definition.file(), 0, "endpoint not served: " + reason));
                refused.putIfAbsent(path, reason);
            }
        }
        served.sort(Comparator.comparingInt((EndpointDefinition e) -> -e.deliveryPath().length()));
        return new EndpointCatalog(List.copyOf(served), Map.copyOf(refused));
    }

    Optional<EndpointDefinition> endpointFor(String path) {
        for (EndpointDefinition endpoint : served) {
            String prefix = "/" + endpoint.deliveryPath();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return Optional.of(endpoint);
            }
        }
        return Optional.empty();
    }

    /**
     * Why the endpoint a path would go to is not served, if a definition with a problem claims it more closely than
     * the served endpoint that matched (a broken {@code pages/v1} is not answered by {@code pages}).
     */
    Optional<String> refusal(String path, Optional<EndpointDefinition> matched) {
        int matchedLength = matched.map(e -> e.deliveryPath().length()).orElse(-1);
        return refused.entrySet().stream()
                .filter(e -> e.getKey().length() > matchedLength)
                .filter(e -> path.equals("/" + e.getKey()) || path.startsWith("/" + e.getKey() + "/"))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(e -> "the endpoint /.rest/delivery/" + e.getKey() + " has a definition problem and is not served: " + e.getValue());
    }
}
