package org.magnolianews.host.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.definition.WebhookDefinition;
import org.magnolianews.host.definition.WebhookFilter;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.repository.ContentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns publish and unpublish events into webhook deliveries: for each enabled webhook and each of its events of that
 * type, the items its filter selects; a match is recorded in the {@link WebhookOutbox} before the publish call
 * returns (so it is never lost) and the {@link WebhookSender} is woken. Nothing here can fail or slow a publish beyond
 * that one repository save: errors are logged, and no receiver is called on this thread.
 */
public final class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** One published or unpublished item, as filters and the payload see it. */
    record Item(String id, String path, String name, String nodeType, String workspace) implements WebhookFilter.Subject {
        @Override
        public String attribute(String attribute) {
            return switch (attribute) {
                case "id" -> id;
                case "path" -> path;
                case "name" -> name;
                case "nodeType" -> nodeType;
                case "workspace" -> workspace;
                default -> null;
            };
        }
    }

    private final WebhookDefinitions webhooks;
    private final ContentRepository repository;
    private final WebhookOutbox outbox;
    private final Runnable wake;

    public WebhookDispatcher(WebhookDefinitions webhooks, ContentRepository repository, WebhookOutbox outbox, Runnable wake) {
        this.webhooks = webhooks;
        this.repository = repository;
        this.outbox = outbox;
        this.wake = wake;
    }

    public void onContentEvent(ContentEvent event) {
        List<WebhookDefinition> enabled = webhooks.enabled();
        if (!event.changesLiveContent() || event.fromAnotherNode() || enabled.isEmpty()) {
            return; // another node's change is that node's to announce
        }
        WebhookDefinition.EventType type = event.kind() == ContentEvent.Kind.PUBLISHED
                ? WebhookDefinition.EventType.PUBLISHED : WebhookDefinition.EventType.UNPUBLISHED;
        try {
            List<Item> items = items(event);
            long now = System.currentTimeMillis();
            boolean added = false;
            for (WebhookDefinition webhook : enabled) {
                for (WebhookDefinition.Event wanted : webhook.events()) {
                    if (wanted.type() != type) {
                        continue;
                    }
                    List<Item> selected = items.stream().filter(item -> wanted.filter().map(f -> f.matches(item)).orElse(true)).toList();
                    if (!selected.isEmpty()) {
                        String key = UUID.randomUUID().toString();
                        outbox.add(WebhookDelivery.created(key, webhook.name(), wanted.name(), type.yaml(), webhook.method(),
                                WebhookRequests.url(webhook), body(key, webhook, wanted, event, selected, now), now));
                        added = true;
                    }
                }
            }
            if (added) {
                wake.run();
            }
        } catch (RuntimeException e) {
            LOG.error("webhooks: the {} of {} in {} could not be recorded for delivery: {}", type.yaml().toLowerCase(java.util.Locale.ROOT),
                    event.paths(), event.workspace(), e.toString(), e);
        }
    }

    /** The event's items with their paths and node types, read from the author workspace (the trash for a deleted one). */
    private List<Item> items(ContentEvent event) {
        List<Item> items = new ArrayList<>();
        repository.call(event.workspace(), session -> repository.call(WebhookOutbox.WORKSPACE, trash -> {
            for (int i = 0; i < event.identifiers().size(); i++) {
                String id = event.identifiers().get(i);
                String fallbackPath = event.identifiers().size() == event.paths().size() ? event.paths().get(i)
                        : i == 0 && !event.paths().isEmpty() ? event.paths().get(0) : null;
                Optional<Node> node = byId(session, id);
                if (node.isPresent()) {
                    items.add(new Item(id, node.get().getPath(), node.get().getName(), node.get().getPrimaryNodeType().getName(),
                            event.workspace()));
                } else {
                    String type = byId(trash, id).map(WebhookDispatcher::primaryType).orElse("");
                    String path = fallbackPath != null ? fallbackPath : "";
                    items.add(new Item(id, path, path.substring(path.lastIndexOf('/') + 1), type, event.workspace()));
                }
            }
            return null;
        }));
        return items;
    }

    private static Optional<Node> byId(Session session, String id) throws RepositoryException {
        try {
            return Optional.of(session.getNodeByIdentifier(id));
        } catch (ItemNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String primaryType(Node node) {
        try {
            return node.getPrimaryNodeType().getName();
        } catch (RepositoryException e) {
            return "";
        }
    }

    private static String body(String key, WebhookDefinition webhook, WebhookDefinition.Event wanted, ContentEvent event, List<Item> items,
                               long now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", key);
        body.put("webhook", webhook.name());
        body.put("event", wanted.name());
        body.put("eventType", wanted.type().yaml());
        body.put("workspace", event.workspace());
        body.put("user", event.user());
        body.put("occurredAt", Instant.ofEpochMilli(now).toString());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Item item : items) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("@id", item.id());
            json.put("@path", item.path());
            json.put("@name", item.name());
            json.put("@nodeType", item.nodeType());
            list.add(json);
        }
        body.put("items", list);
        try {
            return Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
