package org.magnolianews.host.cache;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import javax.jcr.Workspace;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;
import javax.jcr.query.QueryResult;

/**
 * A session that tells the current {@link ReadLog} what is read through it: nodes looked up by path or
 * identifier (also when absent: publishing them would change the answer), and queries with how far their
 * results were read. It is what a rendering hands to templates and to a module's models
 * ({@code MgnlContext.getJCRSession}), so whatever a model reads is recorded without the model declaring anything.
 * Nodes come back as Jackrabbit's own (a node's own traversals are the host helpers' to record).
 */
public final class RecordingSession {

    private RecordingSession() {
    }

    public static Session of(Session session) {
        return of(session, null);
    }

    /**
     * The same, with list queries answered by {@code index} where it can ({@link LiveQueryIndex}; null: Jackrabbit
     * answers every query). What is recorded does not depend on who answers.
     */
    public static Session of(Session session, LiveQueryIndex index) {
        String workspace = ReadLog.logical(session.getWorkspace().getName());
        return proxy(session, Session.class, (proxy, method, args) -> {
            String name = method.getName();
            switch (name) {
                case "getWorkspace" -> {
                    return workspace(session.getWorkspace(), workspace, (Session) proxy, session, index);
                }
                case "getNodeByIdentifier", "getNodeByUUID" -> {
                    ReadLog.item((String) args[0]);
                    return node(invoke(session, method, args));
                }
                case "getNode", "getItem", "getRootNode" -> {
                    if (args != null && args.length == 1 && args[0] instanceof String path) {
                        ReadLog.path(workspace, path);
                    }
                    Object result = invoke(session, method, args);
                    if (result instanceof Node node) {
                        ReadLog.node(node);
                    }
                    return result;
                }
                case "nodeExists", "itemExists" -> {
                    ReadLog.path(workspace, (String) args[0]);
                    return invoke(session, method, args);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                    return invoke(session, method, args);
                }
            }
        });
    }

    private static Object node(Object result) {
        if (result instanceof Node node) {
            ReadLog.node(node);
        }
        return result;
    }

    private static Workspace workspace(Workspace real, String workspace, Session proxySession, Session session, LiveQueryIndex index) {
        return proxy(real, Workspace.class, (proxy, method, args) -> switch (method.getName()) {
            case "getQueryManager" -> queryManager(real.getQueryManager(), workspace, session, index);
            case "getSession" -> proxySession;
            default -> invoke(real, method, args);
        });
    }

    private static QueryManager queryManager(QueryManager real, String workspace, Session session, LiveQueryIndex index) {
        return proxy(real, QueryManager.class, (proxy, method, args) -> {
            if (method.getName().equals("createQuery") && args != null && args.length == 2 && args[0] instanceof String statement
                    && args[1] instanceof String language) {
                return query(new Statement(real, statement, language, index), workspace, session, index);
            }
            return invoke(real, method, args);
        });
    }

    /**
     * A query's statement and, made only when something needs it, Jackrabbit's own query of it. Jackrabbit parses the
     * statement in {@code createQuery} (its XPath parser was 4 % of a cache miss), which a statement the index answers
     * never needs; so a statement the index can read ({@link XPathList}, a subset of XPath that Jackrabbit parses too) is
     * parsed by Jackrabbit only when it is executed there, or when a caller asks for what only Jackrabbit's query has.
     * Any other statement is created at once, so a malformed one fails in {@code createQuery} as JCR says.
     */
    private static final class Statement {
        private final QueryManager manager;
        private final String statement;
        private final String language;
        private Query real;

        Statement(QueryManager manager, String statement, String language, LiveQueryIndex index) throws Throwable {
            this.manager = manager;
            this.statement = statement;
            this.language = language;
            if (index == null || !Query.XPATH.equals(language) || XPathList.parse(statement).isEmpty()) {
                real();
            }
        }

        Query real() throws javax.jcr.RepositoryException {
            if (real == null) {
                real = manager.createQuery(statement, language);
            }
            return real;
        }
    }

    private static Query query(Statement statement, String workspace, Session session, LiveQueryIndex index) {
        long[] window = {0, 0}; // offset, limit
        return proxy(Query.class, (proxy, method, args) -> {
            switch (method.getName()) {
                case "setOffset" -> window[0] = (Long) args[0];
                case "setLimit" -> window[1] = (Long) args[0];
                case "getStatement" -> {
                    return statement.statement;
                }
                case "getLanguage" -> {
                    return statement.language;
                }
                case "execute" -> {
                    QueryReading reading = new QueryReading(workspace, statement.statement, window[0], window[1]);
                    ReadLog.reading(reading);
                    return result(execute(statement, workspace, session, index, window[0], window[1]), reading);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "Query[" + statement.statement + "]";
                }
                default -> {
                    return invoke(statement.real(), method, args);
                }
            }
            return null;
        });
    }

    /** The result from the index where it answers the statement (XPath only), else Jackrabbit's. */
    @SuppressWarnings("deprecation")
    private static QueryResult execute(Statement query, String workspace, Session session, LiveQueryIndex index, long offset, long limit)
            throws javax.jcr.RepositoryException {
        IndexedQueryResult.Execution execution = IndexedQueryResult.Execution.once(() -> {
            Query real = query.real();
            if (offset > 0) {
                real.setOffset(offset);
            }
            if (limit > 0) {
                real.setLimit(limit);
            }
            return real.execute();
        });
        if (index == null || !Query.XPATH.equals(query.language)) {
            return execution.get();
        }
        String statement = query.statement;
        java.util.Optional<LiveQueryIndex.Answer> answer = index.answer(workspace, statement, offset, limit);
        if (answer.isPresent()) {
            return new IndexedQueryResult(answer.get(), session, execution, () -> index.count(workspace, statement), offset, limit,
                    index.rows(workspace, statement, session));
        }
        if (offset == 0 && limit == 0 && XPathList.parse(statement).filter(list -> list.orderProperty().isEmpty()).isPresent()) {
            return IndexedQueryResult.counted(execution, () -> index.count(workspace, statement));
        }
        return execution.get();
    }

    private static QueryResult result(QueryResult real, QueryReading reading) {
        return proxy(real, QueryResult.class, (proxy, method, args) -> switch (method.getName()) {
            case "getNodes" -> nodes(real.getNodes(), reading);
            case "getRows" -> {
                yield rows(real.getRows(), reading);
            }
            default -> invoke(real, method, args);
        });
    }

    /**
     * Rows, each one recorded as its item read, as a node of the result is: a row from the kept states names its item;
     * of Jackrabbit's, the row's node (which Jackrabbit reads for the row's values anyway). A row of several selectors (a
     * join) names no one node: the reading then depends on every match.
     */
    private static javax.jcr.query.RowIterator rows(javax.jcr.query.RowIterator real, QueryReading reading) {
        return recorded(real, javax.jcr.query.RowIterator.class, "nextRow", next -> {
            if (next instanceof IndexedRows.ItemRow row) {
                ReadLog.item(row.identifier());
                reading.saw(row.orderValue());
            } else if (next instanceof javax.jcr.query.Row row) {
                try {
                    Node node = row.getNode();
                    ReadLog.node(node);
                    reading.saw(node);
                } catch (javax.jcr.RepositoryException e) {
                    reading.sawAll();
                }
            }
        }, reading);
    }

    private static NodeIterator nodes(NodeIterator real, QueryReading reading) {
        return recorded(real, NodeIterator.class, "nextNode", next -> {
            if (next instanceof Node node) {
                ReadLog.node(node);
                reading.saw(node);
            }
        }, reading);
    }

    /** A result's iterator that tells the reading how far it was read: each element {@code seen}, its end, a count. */
    private static <T extends javax.jcr.RangeIterator> T recorded(T real, Class<T> type, String nextMethod,
                                                                 java.util.function.Consumer<Object> seen, QueryReading reading) {
        return proxy(real, type, (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals(nextMethod) || name.equals("next")) {
                Object next = invoke(real, method, args);
                seen.accept(next);
                return next;
            }
            return switch (name) {
                case "hasNext" -> {
                    boolean more = real.hasNext();
                    if (!more) {
                        reading.ended();
                    }
                    yield more;
                }
                case "getSize" -> {
                    long size = real.getSize();
                    reading.sized(size); // a count depends on every match
                    yield size;
                }
                case "skip" -> {
                    reading.sawAll(); // skipped matches are not seen: depend on all of them
                    yield invoke(real, method, args);
                }
                default -> invoke(real, method, args);
            };
        });
    }

    /** The public interfaces of a class and its superclasses: what a proxy of one of its objects offers besides the JCR type. */
    private static final ClassValue<Class<?>[]> INTERFACES = new ClassValue<>() {
        @Override
        protected Class<?>[] computeValue(Class<?> type) {
            Set<Class<?>> interfaces = new LinkedHashSet<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Class<?> i : c.getInterfaces()) {
                    if (java.lang.reflect.Modifier.isPublic(i.getModifiers())) {
                        interfaces.add(i);
                    }
                }
            }
            return interfaces.toArray(Class<?>[]::new);
        }
    };

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(T real, Class<T> type, InvocationHandler handler) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        interfaces.add(type);
        interfaces.addAll(java.util.Arrays.asList(INTERFACES.get(real.getClass())));
        try {
            return (T) Proxy.newProxyInstance(type.getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
        } catch (IllegalArgumentException e) {
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ItemNotFoundException missing) {
                throw missing;
            }
            throw e.getCause();
        }
    }
}
