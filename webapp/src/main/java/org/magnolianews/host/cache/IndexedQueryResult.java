package org.magnolianews.host.cache;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.QueryResult;
import javax.jcr.query.RowIterator;

/**
 * A query's result as {@link LiveQueryIndex} answered it: its nodes come from the session by identifier, in the
 * index's order. Its rows come from the kept states when the statement names its columns and the states hold them
 * ({@link IndexedRows}); other rows and column names come from Jackrabbit's own execution of the same query, run only
 * if they are asked for. A node the index lists but the session no longer has (removed by a commit whose event is
 * still on its way) is left out, as the repository's own index would not list it.
 */
final class IndexedQueryResult implements QueryResult {

    /** Rows of the listed items from the kept states; empty when they cannot answer (see {@link IndexedRows#of}). */
    interface StateRows {
        Optional<List<IndexedRows.ItemRow>> of(List<String> identifiers) throws RepositoryException;

        List<String> columnNames();
    }

    /** Jackrabbit's own execution of the query, run at most once. */
    interface Execution {
        QueryResult get() throws RepositoryException;

        static Execution once(Execution execution) {
            QueryResult[] result = new QueryResult[1];
            return () -> {
                if (result[0] == null) {
                    result[0] = execution.get();
                }
                return result[0];
            };
        }
    }

    /** A query's result whose count the index knows, for an unordered statement: its nodes are Jackrabbit's. */
    static QueryResult counted(Execution execute, Supplier<Optional<Long>> count) {
        return new Lazy(execute, count);
    }

    private final List<String> identifiers;
    private final long size;
    private final Session session;
    private final Execution execute;
    private final Supplier<Optional<Long>> total;
    private final long offset;
    private final long limit;
    private final StateRows stateRows;
    /** The rows from the states, made on first use. */
    private Optional<List<IndexedRows.ItemRow>> rows;

    IndexedQueryResult(LiveQueryIndex.Answer answer, Session session, Execution execute,
                       Supplier<Optional<Long>> total, long offset, long limit, StateRows stateRows) {
        this.stateRows = stateRows;
        this.identifiers = answer.identifiers();
        this.size = answer.total() >= 0 ? answer.identifiers().size() : -1;
        this.session = session;
        this.execute = execute;
        this.total = total;
        this.offset = offset;
        this.limit = limit;
    }

    @Override
    public String[] getColumnNames() throws RepositoryException {
        if (rowsFromStates()) {
            return stateRows.columnNames().toArray(String[]::new);
        }
        return execute.get().getColumnNames();
    }

    @Override
    public RowIterator getRows() throws RepositoryException {
        if (rowsFromStates()) {
            return IndexedRows.iterator(rows.get());
        }
        return execute.get().getRows();
    }

    @Override
    public NodeIterator getNodes() {
        return new Nodes();
    }

    @Override
    public String[] getSelectorNames() throws RepositoryException {
        if (rowsFromStates()) {
            return new String[] {IndexedRows.SELECTOR};
        }
        return execute.get().getSelectorNames();
    }

    /** Whether the rows come from the kept states (each row then says which item it is: {@link IndexedRows.ItemRow}). */
    boolean rowsFromStates() throws RepositoryException {
        if (rows == null) {
            rows = stateRows == null ? Optional.empty() : stateRows.of(identifiers);
        }
        return rows.isPresent();
    }

    /** As Jackrabbit counts a window: the matches after the offset, at most the limit. */
    private long size() {
        if (size >= 0) {
            return size;
        }
        Optional<Long> all = total.get();
        if (all.isEmpty()) {
            return -1;
        }
        long after = Math.max(0, all.get() - offset);
        return limit > 0 ? Math.min(limit, after) : after;
    }

    private final class Nodes implements NodeIterator {
        private int next;
        private long position;
        private Node ahead;

        @Override
        public Node nextNode() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Node node = ahead;
            ahead = null;
            position++;
            return node;
        }

        @Override
        public boolean hasNext() {
            while (ahead == null && next < identifiers.size()) {
                try {
                    ahead = session.getNodeByIdentifier(identifiers.get(next++));
                } catch (ItemNotFoundException e) {
                    // removed since the index listed it: not a match any more
                } catch (RepositoryException e) {
                    throw new IllegalStateException("cannot read a query's result: " + e.getMessage(), e);
                }
            }
            return ahead != null;
        }

        @Override
        public Object next() {
            return nextNode();
        }

        @Override
        public void skip(long skipNum) {
            for (long i = 0; i < skipNum; i++) {
                nextNode();
            }
        }

        @Override
        public long getSize() {
            return size();
        }

        @Override
        public long getPosition() {
            return position;
        }
    }

    /** Jackrabbit's result, executed on first use, with the count from the index when it has it. */
    private static final class Lazy implements QueryResult {
        private final Execution execute;
        private final Supplier<Optional<Long>> count;

        Lazy(Execution execute, Supplier<Optional<Long>> count) {
            this.execute = execute;
            this.count = count;
        }

        @Override
        public String[] getColumnNames() throws RepositoryException {
            return execute.get().getColumnNames();
        }

        @Override
        public RowIterator getRows() throws RepositoryException {
            return execute.get().getRows();
        }

        @Override
        public String[] getSelectorNames() throws RepositoryException {
            return execute.get().getSelectorNames();
        }

        @Override
        public NodeIterator getNodes() {
            return new NodeIterator() {
                private NodeIterator real;

                private NodeIterator real() {
                    if (real == null) {
                        try {
                            real = execute.get().getNodes();
                        } catch (RepositoryException e) {
                            throw new IllegalStateException("cannot run a query: " + e.getMessage(), e);
                        }
                    }
                    return real;
                }

                @Override
                public Node nextNode() {
                    return real().nextNode();
                }

                @Override
                public boolean hasNext() {
                    return real().hasNext();
                }

                @Override
                public Object next() {
                    return real().next();
                }

                @Override
                public void skip(long skipNum) {
                    real().skip(skipNum);
                }

                @Override
                public long getSize() {
                    if (real == null) {
                        Optional<Long> known = count.get();
                        if (known.isPresent()) {
                            return known.get();
                        }
                    }
                    return real().getSize();
                }

                @Override
                public long getPosition() {
                    return real().getPosition();
                }
            };
        }
    }
}
