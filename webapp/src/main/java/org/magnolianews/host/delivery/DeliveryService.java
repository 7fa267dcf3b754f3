package org.magnolianews.host.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeType;
import javax.jcr.nodetype.NodeTypeIterator;
import javax.jcr.query.InvalidQueryException;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;
import javax.jcr.query.QueryResult;
import org.apache.jackrabbit.api.query.JackrabbitQueryResult;
import org.magnolianews.host.repository.LiveSessionPool;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.RepositoryFailure;
import org.magnolianews.host.repository.RichTextProperties;

/** Answers a parsed delivery request from the live workspaces: a read, a children list or a query. */
public final class DeliveryService {

    private final LiveSessionPool sessionPool;
    private final DefinitionRegistry registry;
    private final Languages languages;
    private final DeliveryLinks links;
    private final NodeJsonWriter writer;
    private final Map<String, I18nMerger> mergers = new ConcurrentHashMap<>();
    private final Map<String, PropertyCatalog> catalogs = new ConcurrentHashMap<>();
    /** By endpoint path: the rich-text conditions of its queries (the content types' definitions, read once). */
    private final Map<String, RichTextConditions> richTextConditions = new ConcurrentHashMap<>();
    private final Map<String, List<String>> primaryTypes = new ConcurrentHashMap<>();
    private final Map<String, NewestFirstIndex> newestFirst = new HashMap<>();

    /** @param targets reference targets kept across responses, purged with them (see {@link ResolvedTargets}) */
    DeliveryService(ContentRepository repository, DefinitionRegistry registry, Languages languages,
                    List<EndpointDefinition> endpoints, ResolvedTargets targets) {
        this.sessionPool = new LiveSessionPool(repository);
        this.registry = registry;
        this.languages = languages;
        this.links = new DeliveryLinks(endpoints);
        NodeJsonWriter[] self = new NodeJsonWriter[1];
        this.writer = new NodeJsonWriter(new ReferenceResolvers(() -> self[0], ImagingUrls.of(registry), targets));
        self[0] = writer;
        ExecutorService indexBuilder = NewestFirstIndex.backgroundBuilder();
        for (EndpointDefinition endpoint : endpoints) {
            Optional<ContentTypeDefinition> type = contentTypeOf(endpoint.workspace(), endpoint.nodeTypes());
            if (NewestFirstIndex.supports(endpoint) && type.isPresent()) {
                newestFirst.put(endpoint.path(), new NewestFirstIndex(repository, endpoint,
                        propertyNames(type.get(), p -> p.type().equals("Date")),
                        propertyNames(type.get(), ContentTypeDefinition.PropertyDefinition::isReference), indexBuilder));
            }
        }
    }

    private static Set<String> propertyNames(ContentTypeDefinition type, Predicate<ContentTypeDefinition.PropertyDefinition> which) {
        return type.properties().stream().filter(which).map(ContentTypeDefinition.PropertyDefinition::name).collect(Collectors.toSet());
    }

    /** Keeps the in-memory orders current; subscribe it ahead of the response cache (see {@link NewestFirstIndex}). */
    public void onContentEvent(ContentEvent event) {
        newestFirst.values().forEach(index -> index.onContentEvent(event));
    }

    public PropertyCatalog catalog(EndpointDefinition endpoint) {
        return catalogs.computeIfAbsent(endpoint.path(),
                p -> PropertyCatalog.of(contentTypeOf(endpoint.workspace(), endpoint.nodeTypes()), languages));
    }

    public Rendered answer(EndpointDefinition endpoint, DeliveryRequest request, LanguageChoice language) {
        try (LiveSessions sessions = new LiveSessions(sessionPool)) {
            RenderContext context = new RenderContext(endpoint, language, sessions, links, this::merger);
            if (request instanceof DeliveryRequest.Read read) {
                return read(read.path(), context);
            }
            if (request instanceof DeliveryRequest.Children children) {
                return children(children.path(), context);
            }
            return query(((DeliveryRequest.Query) request).query(), context);
        } catch (InvalidQueryException e) {
            throw DeliveryException.invalidQuery("the query could not be run: " + QueryString.printable(String.valueOf(e.getMessage())));
        } catch (RepositoryException e) {
            if (causedByInvalidQuery(e)) { // Jackrabbit wraps some refusals of the statement
                throw DeliveryException.invalidQuery("the query could not be run: " + QueryString.printable(String.valueOf(e.getMessage())));
            }
            throw new RepositoryFailure("delivery " + endpoint.path(), e);
        }
    }

    private static boolean causedByInvalidQuery(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidQueryException || String.valueOf(cause.getMessage()).contains("InvalidQueryException")) {
                return true;
            }
        }
        return false;
    }

    private Rendered read(String path, RenderContext context) throws RepositoryException {
        Node node = existing(path, context);
        if (!NodeJsonWriter.isItemType(node, context.endpoint)) {
            throw DeliveryException.pathNotFound(context.endpoint.relativePath(path));
        }
        Map<String, Object> json = writer.item(node, context);
        return rendered(json, context, false, path);
    }

    private Rendered children(String path, RenderContext context) throws RepositoryException {
        Node parent = existing(path, context);
        List<Object> children = new ArrayList<>();
        for (NodeIterator it = parent.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (NodeJsonWriter.isItemType(child, context.endpoint)) {
                children.add(writer.item(child, context));
            }
        }
        return rendered(children, context, true, path);
    }

    private Node existing(String path, RenderContext context) throws RepositoryException {
        Session session = context.sessions.of(context.endpoint.workspace());
        String relative = context.endpoint.relativePath(path);
        try {
            if (!context.endpoint.contains(path) || !session.nodeExists(path)) {
                throw DeliveryException.pathNotFound(relative);
            }
        } catch (RepositoryException | IllegalArgumentException e) {
            throw DeliveryException.pathNotFound(QueryString.printable(relative)); // not a path JCR can parse
        }
        return session.getNode(path);
    }

    private Rendered query(DeliveryQuery query, RenderContext context) throws RepositoryException {
        EndpointDefinition endpoint = context.endpoint;
        Session session = context.sessions.of(endpoint.workspace());
        Optional<Rendered> indexed = fromIndex(query, context, session);
        if (indexed.isPresent()) {
            return indexed.get();
        }
        List<String> translatedNames = catalog(endpoint).translatable().stream()
                .map(base -> languages.propertyName(base, context.language.language())).toList();
        List<String> requiredNames = i18nNames(contentTypeOf(endpoint.workspace(), List.of()), true).stream().sorted()
                .map(base -> languages.propertyName(base, context.language.language())).toList();
        XPathQueryBuilder builder = new XPathQueryBuilder(endpoint, catalog(endpoint), primaryTypes(endpoint, session), translatedNames,
                requiredNames);
        QueryManager queries = session.getWorkspace().getQueryManager();
        RichTextConditions richText = richTextConditions.computeIfAbsent(endpoint.path(),
                p -> new RichTextConditions(RichTextProperties.names(registry.contentTypes(), languages), catalog(endpoint)));
        if (richText.appliesTo(query)) {
            return queryWithRichText(query, richText, builder, queries, context);
        }
        String statement = builder.build(query);
        @SuppressWarnings("deprecation")
        Query jcrQuery = queries.createQuery(statement, Query.XPATH);
        jcrQuery.setLimit(query.limit());
        jcrQuery.setOffset(query.offset());
        QueryResult result = jcrQuery.execute();
        List<Object> results = new ArrayList<>();
        for (NodeIterator it = result.getNodes(); it.hasNext(); ) {
            results.add(writer.item(it.nextNode(), context));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("results", results);
        if (query.total()) {
            json.put("total", total(queries, builder.buildUnordered(query)));
        }
        return rendered(json, context, true, null);
    }

    /**
     * A query comparing or sorting rich-text values (issue 13): Jackrabbit finds the items matching the rest, this host
     * applies the rich-text conditions and order to them, then pages and counts ({@link RichTextConditions}).
     */
    private Rendered queryWithRichText(DeliveryQuery query, RichTextConditions richText, XPathQueryBuilder builder,
                                       QueryManager queries, RenderContext context) throws RepositoryException {
        @SuppressWarnings("deprecation")
        Query jcrQuery = queries.createQuery(builder.build(richText.forJackrabbit(query)), Query.XPATH);
        List<Node> matches = new ArrayList<>();
        for (NodeIterator it = jcrQuery.execute().getNodes(); it.hasNext(); ) {
            Node node = it.nextNode();
            if (richText.matches(node, query)) {
                matches.add(node);
            }
        }
        if (richText.sortsInJava(query)) {
            matches.sort(richText.order(query));
        }
        int from = Math.min(query.offset(), matches.size());
        int to = (int) Math.min((long) from + query.limit(), matches.size());
        List<Object> results = new ArrayList<>();
        for (Node node : matches.subList(from, to)) {
            results.add(writer.item(node, context));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("results", results);
        if (query.total()) {
            json.put("total", (long) matches.size());
        }
        return rendered(json, context, true, null);
    }

    /** The answer from the endpoint's newest-first index, when it has one for this query and it is ready. */
    private Optional<Rendered> fromIndex(DeliveryQuery query, RenderContext context, Session session) throws RepositoryException {
        NewestFirstIndex index = newestFirst.get(context.endpoint.path());
        Optional<NewestFirstIndex.Slice> slice = index == null ? Optional.empty() : index.answer(query);
        if (slice.isEmpty()) {
            return Optional.empty();
        }
        List<Object> results = new ArrayList<>();
        for (String identifier : slice.get().identifiers()) {
            Node node;
            try {
                node = session.getNodeByIdentifier(identifier);
            } catch (ItemNotFoundException gone) {
                index.forget(identifier); // cannot happen while every live change is announced; heal and ask Jackrabbit
                return Optional.empty();
            }
            results.add(writer.item(node, context));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("results", results);
        if (query.total()) {
            json.put("total", slice.get().total());
        }
        return Optional.of(rendered(json, context, true, null));
    }

    /**
     * How many items match, ignoring limit and offset: the statement without its order clause, counted by Jackrabbit. Costs a pass over every match: only on request.
     */
    private static long total(QueryManager queries, String unordered) throws RepositoryException {
        @SuppressWarnings("deprecation")
        Query count = queries.createQuery(unordered, Query.XPATH);
        QueryResult result = count.execute();
        if (result instanceof JackrabbitQueryResult counted && counted.getTotalSize() >= 0) {
            return counted.getTotalSize();
        }
        NodeIterator nodes = result.getNodes();
        if (nodes.getSize() >= 0) {
            return nodes.getSize();
        }
        long size = 0;
        for (; nodes.hasNext(); nodes.nextNode()) {
            size++;
        }
        return size;
    }

    private Rendered rendered(Object json, RenderContext context, boolean list, String readPath) {
        try {
            return new Rendered(Json.MAPPER.writeValueAsBytes(json), Set.copyOf(context.identifiers()),
                    context.endpoint.workspace(), list, readPath);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write delivery JSON", e);
        }
    }

    /**
     * Empty when one node type test covers the endpoint (the fast path); else the exact primary
     * types allowed: several node types, or strict matching.
     */
    private List<String> primaryTypes(EndpointDefinition endpoint, Session session) {
        if (endpoint.nodeTypes().size() == 1 && !endpoint.strict()) {
            return List.of();
        }
        return primaryTypes.computeIfAbsent(endpoint.path(), p -> {
            if (endpoint.strict()) {
                return endpoint.nodeTypes();
            }
            try {
                List<String> types = new ArrayList<>();
                for (NodeTypeIterator it = session.getWorkspace().getNodeTypeManager().getPrimaryNodeTypes(); it.hasNext(); ) {
                    NodeType type = it.nextNodeType();
                    if (endpoint.nodeTypes().stream().anyMatch(type::isNodeType)) {
                        types.add(type.getName());
                    }
                }
                return List.copyOf(types);
            } catch (RepositoryException e) {
                throw new RepositoryFailure("node types of " + endpoint.path(), e);
            }
        });
    }

    private I18nMerger merger(String workspace) {
        return mergers.computeIfAbsent(workspace, ws -> {
            Optional<ContentTypeDefinition> type = contentTypeOf(ws, List.of());
            return new I18nMerger(languages, i18nNames(type, false), i18nNames(type, true));
        });
    }

    private static Set<String> i18nNames(Optional<ContentTypeDefinition> type, boolean requiredOnly) {
        return type.map(ct -> ct.properties().stream().filter(ContentTypeDefinition.PropertyDefinition::i18n)
                        .filter(p -> !requiredOnly || p.required())
                        .map(ContentTypeDefinition.PropertyDefinition::name).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private Optional<ContentTypeDefinition> contentTypeOf(String workspace, List<String> nodeTypes) {
        return registry.contentTypeOfWorkspace(workspace)
                .filter(ct -> nodeTypes.isEmpty() || nodeTypes.contains(ct.nodeType()));
    }

}
