package org.magnolianews.host.cache;

import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;

/** One query's result as a response reads it: how far it got, and the order value of the last node it saw. */
final class QueryReading {

    private final String workspace;
    private final String statement;
    private final Optional<XPathList> parsed;
    private final long offset;
    private final long limit;
    private boolean all;
    private long returned;
    private String boundary;

    QueryReading(String workspace, String statement, long offset, long limit) {
        this.workspace = workspace;
        this.statement = statement;
        this.parsed = XPathList.parse(statement);
        this.offset = offset;
        this.limit = limit;
    }

    /** The reader asked how many match, or read to the end: it depended on all of them. */
    void sawAll() {
        all = true;
    }

    /** The result ended: every match was seen unless the query's limit cut it. */
    void ended() {
        if (limit <= 0 || returned < limit) {
            all = true;
        }
    }

    /** The reader asked for the result's size: a count, unless the limit capped it. */
    void sized(long size) {
        if (limit <= 0 || size < limit) {
            all = true;
        }
    }

    void saw(Node node) {
        returned++;
        if (parsed.isEmpty() || parsed.get().orderProperty().isEmpty()) {
            return;
        }
        try { // one property lookup per node seen (hasProperty and two getProperty calls were 7 % of a cache miss)
            Property value = node.getProperty(parsed.get().orderProperty().get());
            boundary = value.isMultiple() ? null : value.getString();
        } catch (RepositoryException e) { // PathNotFoundException: the node has no such property
            boundary = null;
        }
    }

    /** A row seen, with its sort key's value (null: none, or several). */
    void saw(String orderValue) {
        returned++;
        if (parsed.isPresent() && parsed.get().orderProperty().isPresent()) {
            boundary = orderValue;
        }
    }

    ListRead toList() {
        return ListRead.of(workspace, statement, offset, limit, all ? ListRead.Extent.ALL : ListRead.Extent.WINDOW, boundary);
    }
}
