package org.magnolianews.host.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which records to list, newest first: any of {@code actions} (all when empty), by one actor, within
 * [{@code from}, {@code to}), whose subject starts with {@code subjectPrefix}; a page of {@code limit} from {@code offset}.
 */
public record AuditFilter(Set<AuditAction> actions, Optional<String> actor, Optional<Instant> from, Optional<Instant> to,
                          Optional<String> subjectPrefix, int limit, int offset) {

    public static final int MAX_LIMIT = 500;

    public AuditFilter {
        actions = Set.copyOf(actions);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }
}
