package org.magnolianews.news.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import javax.jcr.Workspace;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;
import javax.jcr.query.QueryResult;
import javax.jcr.query.RowIterator;

/**
 * A session over a real one that writes down the queries run through it (statement, offset, limit), how many nodes
 * and rows were read from their results, and how many nodes were looked up by identifier: what a model costs a
 * repository, checked without timing anything.
 */
public final class QueryLog {

    /** One executed query and the nodes read from its result so far. */
    public static final class Run {
        public final String statement;
        public final long offset;
        public final long limit;
        public int nodesRead;
        public int rowsRead;

        Run(String statement, long offset, long limit) {
            this.statement = statement;
            this.offset = offset;
            this.limit = limit;
        }

        @Override
        public String toString() {
            return statement + " [offset " + offset + ", limit " + limit + ", read " + nodesRead + ", rows " + rowsRead + "]";
        }
    }

    private final List<Run> runs = new ArrayList<>();
    private final Session session;
    private int lookups;

    public QueryLog(Session real) {
        this.session = proxy(real, Session.class, (method, args) -> switch (method.getName()) {
            case "getWorkspace" -> workspace(real.getWorkspace());
            case "getNodeByIdentifier" -> {
                lookups++;
                yield method.invoke(real, args);
            }
            default -> method.invoke(real, args);
        });
    }

    /** Nodes looked up by identifier. */
    public int lookups() {
        return lookups;
    }

    public int rowsRead() {
        return runs.stream().mapToInt(r -> r.rowsRead).sum();
    }

    public Session session() {
        return session;
    }

    public List<Run> runs() {
        return runs;
    }

    public int nodesRead() {
        return runs.stream().mapToInt(r -> r.nodesRead).sum();
    }

    private Workspace workspace(Workspace real) {
        return proxy(real, Workspace.class, (method, args) -> switch (method.getName()) {
            case "getQueryManager" -> queries(real.getQueryManager());
            case "getSession" -> session;
            default -> method.invoke(real, args);
        });
    }

    private QueryManager queries(QueryManager real) {
        return proxy(real, QueryManager.class, (method, args) -> {
            Object result = method.invoke(real, args);
            return method.getName().equals("createQuery") ? query((Query) result) : result;
        });
    }

    private Query query(Query real) {
        long[] window = {0, 0};
        return proxy(real, Query.class, (method, args) -> {
            switch (method.getName()) {
                case "setOffset" -> window[0] = (Long) args[0];
                case "setLimit" -> window[1] = (Long) args[0];
                case "execute" -> {
                    Run run = new Run(real.getStatement(), window[0], window[1]);
                    runs.add(run);
                    QueryResult result = real.execute();
                    return proxy(result, QueryResult.class, (m, a) -> switch (m.getName()) {
                        case "getNodes" -> nodes(result.getNodes(), run);
                        case "getRows" -> rows(result.getRows(), run);
                        default -> m.invoke(result, a);
                    });
                }
                default -> {
                }
            }
            return method.invoke(real, args);
        });
    }

    private static NodeIterator nodes(NodeIterator real, Run run) {
        return proxy(real, NodeIterator.class, (method, args) -> {
            if (method.getName().equals("nextNode") || method.getName().equals("next")) {
                run.nodesRead++;
            }
            return method.invoke(real, args);
        });
    }

    private static RowIterator rows(RowIterator real, Run run) {
        return proxy(real, RowIterator.class, (method, args) -> {
            if (method.getName().equals("nextRow") || method.getName().equals("next")) {
                run.rowsRead++;
            }
            return method.invoke(real, args);
        });
    }

    private interface Handler {
        Object handle(java.lang.reflect.Method method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(T real, Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            try {
                return handler.handle(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
