package org.magnolianews.host.definition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every definition of every module, by type and Magnolia id, each with its problems. Content types and apps are
 * keyed by their name (unique system-wide in Magnolia), templates and dialogs by {@code module:path}, REST
 * endpoints by their endpoint path ({@code delivery/news}).
 *
 * <p>As in Magnolia's registries, a definition with problems is registered with them rather than stopping
 * start-up: {@link #find}, {@link #all} and the content-type lookups answer only usable definitions (no
 * {@link DefinitionProblem.Severity#blocksUse() SEVERE or MAJOR} problem), so what uses them skips the broken
 * ones; {@link #entries()} lists them all for the Definitions screen. A light module edited on disk replaces the
 * whole set at once ({@link #replaceWith}); what derives state from definitions listens with {@link #onReload}.
 */
public final class DefinitionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(DefinitionRegistry.class);

    /** One registered definition and its problems, worst first. */
    public record Entry(Definition definition, List<DefinitionProblem> problems) {
        public boolean usable() {
            return problems.stream().noneMatch(p -> p.severity().blocksUse());
        }

        public Optional<DefinitionProblem.Severity> worst() {
            return problems.stream().map(DefinitionProblem::severity).min(Comparator.naturalOrder());
        }
    }

    private record Snapshot(Map<DefinitionType, Map<String, Definition>> definitions, List<Definition> shadowed,
                            Map<String, ContentTypeDefinition> contentTypes, Map<String, List<DefinitionProblem>> problems) {
    }

    private volatile Snapshot snapshot;
    private final Set<String> logged = new HashSet<>();
    private final List<Runnable> reloadListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> afterReloadListeners = new CopyOnWriteArrayList<>();
    private volatile long version;

    DefinitionRegistry(Map<DefinitionType, Map<String, Definition>> definitions, List<Definition> shadowed,
                       Map<String, ContentTypeDefinition> contentTypes) {
        this.snapshot = new Snapshot(definitions, List.copyOf(shadowed), contentTypes, new ConcurrentHashMap<>());
    }

    DefinitionRegistry(Map<DefinitionType, Map<String, Definition>> definitions, Map<String, ContentTypeDefinition> contentTypes) {
        this(definitions, List.of(), contentTypes);
    }

    /** A usable definition. */
    public Optional<Definition> find(DefinitionType type, String id) {
        return entry(type, id).filter(Entry::usable).map(Entry::definition);
    }

    /** A usable definition, or an {@link UnusableDefinitionException} naming its problems (or that it is not defined). */
    public Definition require(DefinitionType type, String id) {
        Optional<Entry> entry = entry(type, id);
        if (entry.isEmpty()) {
            throw new UnusableDefinitionException(List.of(new DefinitionProblem(type.folder(), 0, "'" + id + "' is not defined")));
        }
        if (!entry.get().usable()) {
            throw new UnusableDefinitionException(entry.get().problems().stream().filter(p -> p.severity().blocksUse()).toList());
        }
        return entry.get().definition();
    }

    /** A registered definition, usable or not, with its problems. */
    public Optional<Entry> entry(DefinitionType type, String id) {
        Definition definition = snapshot.definitions.getOrDefault(type, Map.of()).get(id);
        return definition == null ? Optional.empty() : Optional.of(entryOf(definition));
    }

    /** The usable definitions of a type. */
    public Collection<Definition> all(DefinitionType type) {
        return snapshot.definitions.getOrDefault(type, Map.of()).values().stream().filter(this::usable).toList();
    }

    /** Every registered definition (a duplicate id included), by type and id. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        Snapshot current = snapshot;
        current.definitions.values().forEach(byId -> byId.values().forEach(d -> entries.add(entryOf(d))));
        current.shadowed.forEach(d -> entries.add(entryOf(d)));
        entries.sort(Comparator.comparing((Entry e) -> e.definition().type()).thenComparing(e -> e.definition().id())
                .thenComparing(e -> e.definition().file()));
        return entries;
    }

    /** Every problem of every definition. */
    public List<DefinitionProblem> problems() {
        return snapshot.problems.values().stream().flatMap(List::stream).toList();
    }

    public Optional<ContentTypeDefinition> contentType(String name) {
        return Optional.ofNullable(snapshot.contentTypes.get(name)).filter(ct -> find(DefinitionType.CONTENT_TYPE, name).isPresent());
    }

    /** A content type as read, usable or not: for the validator, which adds the problems. */
    Optional<ContentTypeDefinition> readContentType(String name) {
        return Optional.ofNullable(snapshot.contentTypes.get(name));
    }

    public Collection<ContentTypeDefinition> contentTypes() {
        return snapshot.contentTypes.values().stream().filter(ct -> find(DefinitionType.CONTENT_TYPE, ct.name()).isPresent()).toList();
    }

    /** The content type whose items live in a workspace, if any. */
    public Optional<ContentTypeDefinition> contentTypeOfWorkspace(String workspace) {
        return contentTypes().stream().filter(ct -> workspace.equals(ct.workspace())).findFirst();
    }

    public int size() {
        return snapshot.definitions.values().stream().mapToInt(Map::size).sum();
    }

    public List<String> ids(DefinitionType type) {
        return all(type).stream().map(Definition::id).toList();
    }

    /**
     * A problem a feature finds when it builds on a definition (an endpoint it cannot serve, a mapping it cannot
     * apply): registered with the definition's others, shown on the Definitions screen, logged once.
     */
    public synchronized void report(DefinitionProblem problem) {
        if (!snapshot.problems.getOrDefault(problem.file(), List.of()).contains(problem)) {
            add(problem);
        }
        logOnce(problem);
    }

    /** Changes every time a light module's change replaced the definitions. */
    public long version() {
        return version;
    }

    /** Takes over the definitions (and their problems) of a fresh load, logging the problems not seen before. */
    public void replaceWith(DefinitionRegistry fresh) {
        synchronized (this) {
            snapshot = fresh.snapshot;
            version++;
        }
        logProblems();
        reloadListeners.forEach(Runnable::run);
        afterReloadListeners.forEach(Runnable::run);
    }

    /** Runs after every {@link #replaceWith}: for what keeps state derived from definitions (caches, endpoint lists). */
    public void onReload(Runnable listener) {
        reloadListeners.add(listener);
    }

    /** Runs after every {@link #onReload} listener: for the cache purge, so nothing rendered from the old set stays. */
    public void afterReload(Runnable listener) {
        afterReloadListeners.add(listener);
    }

    synchronized void addProblems(List<DefinitionProblem> problems) {
        problems.forEach(this::add);
    }

    /** Lists are replaced, never changed: readers iterate them without a lock. */
    private void add(DefinitionProblem problem) {
        snapshot.problems.merge(problem.file(), List.of(problem), (old, added) -> {
            List<DefinitionProblem> merged = new ArrayList<>(old);
            merged.addAll(added);
            return List.copyOf(merged);
        });
    }

    /** Logs each problem once over the host's life: a reload does not repeat the ones already reported. */
    void logProblems() {
        problems().forEach(this::logOnce);
    }

    private synchronized void logOnce(DefinitionProblem problem) {
        if (!logged.add(problem.severity() + " " + problem)) {
            return;
        }
        if (problem.severity().blocksUse()) {
            LOG.warn("Definition problem ({}, not used): {}", problem.severity(), problem);
        } else {
            LOG.info("Definition problem ({}): {}", problem.severity(), problem);
        }
    }

    private boolean usable(Definition definition) {
        return entryOf(definition).usable();
    }

    private Entry entryOf(Definition definition) {
        List<DefinitionProblem> raw = snapshot.problems.get(definition.file());
        if (raw == null) {
            return new Entry(definition, List.of()); // the common case, on every render: no copy
        }
        List<DefinitionProblem> problems = new ArrayList<>(raw);
        problems.sort(Comparator.comparing(DefinitionProblem::severity).thenComparingInt(DefinitionProblem::line));
        return new Entry(definition, List.copyOf(problems));
    }

    static Map<DefinitionType, Map<String, Definition>> emptyTypes() {
        return new EnumMap<>(DefinitionType.class);
    }
}
