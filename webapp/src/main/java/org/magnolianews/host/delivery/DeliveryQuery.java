package org.magnolianews.host.delivery;

import java.util.List;
import java.util.Optional;
import java.time.OffsetDateTime;

/**
 * A validated query: everything in it has been checked against the endpoint's properties, so the
 * query builder only has to escape values.
 *
 * @param ancestor absolute path the results must lie below ({@code @ancestor}), if given
 * @param before   keyset paging: only items after this cursor in the order
 * @param words    full-text words ({@code q}), lower-cased letters and digits only
 * @param translated only items that have content in the response's language itself, not only in a fallback
 *                   ({@code translated=true})
 */
public record DeliveryQuery(int limit, int offset, List<OrderKey> orderBy, List<String> words, List<Filter> filters,
                            Optional<String> ancestor, Optional<Cursor> before, boolean total, boolean translated) {

    /**
     * Where the previous page ended: items with an earlier date come next, and with an identifier, items
     * of the very same date whose identifier sorts after it (ties are ordered by identifier), so items
     * sharing a timestamp are neither repeated nor skipped across pages.
     */
    public record Cursor(OffsetDateTime date, Optional<String> identifier) {
    }
}
