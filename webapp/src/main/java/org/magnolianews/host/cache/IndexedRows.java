package org.magnolianews.host.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import javax.jcr.query.Row;
import javax.jcr.query.RowIterator;

/**
 * The rows of a statement that names its columns ({@code //element(*, news:article)[…]/(@date | @jcr:uuid) order by
 * @date descending}), answered from the kept live states instead of the items' bundles: ranking a hundred related-news
 * candidates needs each one's date, not its body. They are what Jackrabbit's rows are for such a statement, as
 * {@code IndexedRowsIT} compares: the columns in the order named, then {@code jcr:path} and {@code jcr:score}; a
 * column's value typed as Jackrabbit types it ({@link ItemState.Kept#rowType}), {@code null} for a multi-valued or an
 * absent property; any other name {@link ItemNotFoundException}; one selector, {@code s}. The score is not Jackrabbit's (a statement without a
 * full-text condition has no meaningful one): 1 for every row.
 *
 * <p>Only when every listed item's state holds every column's values is the result answered here
 * ({@link #of}); else Jackrabbit's rows answer. Like the index's nodes, a listed item whose state is gone (unpublished
 * since) is left out.
 */
final class IndexedRows {

    static final String SELECTOR = "s";
    static final String PATH_COLUMN = "jcr:path";
    static final String SCORE_COLUMN = "jcr:score";
    private static final double SCORE = 1.0;

    private IndexedRows() {
    }

    /** A row of an item: its identifier and, for the reading that records it, the value of the statement's sort key. */
    interface ItemRow extends Row {
        String identifier();

        /** The sort property's value as a string, null when the item has none (or several). */
        String orderValue();
    }

    /** The rows of {@code identifiers}, in their order; empty when a state cannot answer a column. */
    static Optional<List<ItemRow>> of(XPathList list, List<String> identifiers, Map<String, ItemState> states, Session session)
            throws RepositoryException {
        List<String> columns = columnNames(list);
        ValueFactory values = session.getValueFactory();
        String order = list.orderProperty().orElse(null);
        List<ItemRow> rows = new ArrayList<>(identifiers.size());
        for (String identifier : identifiers) {
            ItemState state = states.get(identifier);
            if (state == null) {
                continue; // unpublished since the index listed it
            }
            Value[] row = new Value[columns.size()];
            for (int i = 0; i < list.columns().size(); i++) {
                String column = list.columns().get(i);
                if (!answers(state, column)) {
                    return Optional.empty();
                }
                row[i] = value(state, column, values);
            }
            row[columns.size() - 2] = values.createValue(state.path(), PropertyType.PATH);
            row[columns.size() - 1] = values.createValue(Math.round(SCORE * 1000));
            rows.add(new StateRow(columns, row, state, orderValue(state, order), session));
        }
        return Optional.of(rows);
    }

    /** The columns named, then the path and the score, as Jackrabbit lists them. */
    static List<String> columnNames(XPathList list) {
        List<String> names = new ArrayList<>(list.columns());
        names.add(PATH_COLUMN);
        names.add(SCORE_COLUMN);
        return names;
    }

    /** Whether the state can give the column's value: the item lacks the property, or its values were kept. */
    private static boolean answers(ItemState state, String column) {
        return !state.has(column) || column.equals(XPathList.IDENTIFIER_COLUMN) || state.kept(column).isPresent();
    }

    /** A column's value ({@link #answers} first): null for a multi-valued or absent property. */
    private static Value value(ItemState state, String column, ValueFactory values) throws RepositoryException {
        if (!state.has(column)) {
            return null;
        }
        if (column.equals(XPathList.IDENTIFIER_COLUMN)) {
            return values.createValue(state.identifier());
        }
        ItemState.Kept kept = state.kept(column).orElseThrow();
        return kept.multiple() ? null : values.createValue(kept.values().get(0), kept.rowType());
    }

    private static String orderValue(ItemState state, String order) {
        if (order == null) {
            return null;
        }
        List<String> values = state.values().get(order);
        return values == null || values.size() != 1 ? null : values.get(0);
    }

    static RowIterator iterator(List<ItemRow> rows) {
        return new RowIterator() {
            private int position;

            @Override
            public Row nextRow() {
                if (position >= rows.size()) {
                    throw new NoSuchElementException();
                }
                return rows.get(position++);
            }

            @Override
            public boolean hasNext() {
                return position < rows.size();
            }

            @Override
            public Object next() {
                return nextRow();
            }

            @Override
            public void skip(long skipNum) {
                if (skipNum < 0 || position + skipNum > rows.size()) {
                    throw new NoSuchElementException();
                }
                position += (int) skipNum;
            }

            @Override
            public long getSize() {
                return rows.size();
            }

            @Override
            public long getPosition() {
                return position;
            }
        };
    }

    private record StateRow(List<String> columns, Value[] values, ItemState state, String orderValue, Session session)
            implements ItemRow {

        @Override
        public String identifier() {
            return state.identifier();
        }

        @Override
        public Value[] getValues() {
            return values.clone();
        }

        @Override
        public Value getValue(String columnName) throws RepositoryException {
            int index = columns.indexOf(columnName);
            if (index < 0) {
                throw new ItemNotFoundException(columnName);
            }
            return values[index];
        }

        @Override
        public Node getNode() throws RepositoryException {
            return session.getNodeByIdentifier(state.identifier());
        }

        @Override
        public Node getNode(String selectorName) throws RepositoryException {
            selector(selectorName);
            return getNode();
        }

        @Override
        public String getPath() {
            return state.path();
        }

        @Override
        public String getPath(String selectorName) throws RepositoryException {
            selector(selectorName);
            return getPath();
        }

        @Override
        public double getScore() {
            return SCORE;
        }

        @Override
        public double getScore(String selectorName) throws RepositoryException {
            selector(selectorName);
            return getScore();
        }

        private static void selector(String name) throws RepositoryException {
            if (!SELECTOR.equals(name)) {
                throw new RepositoryException(name + " is not a selector of this query");
            }
        }
    }
}
