package org.magnolianews.news.related;

import java.util.Map;

/**
 * How much sharing a subject says about two items: the inverse document frequency
 * {@code ln(1 + N / df)}, N published items, df of them carrying the subject. A broad subject
 * ("Politics", on half the items) weighs little, a narrow one ("Korean Peninsula") much more.
 * The {@code 1 +} keeps a subject on every item slightly above zero instead of worthless.
 */
public final class SubjectWeights {

    private final long totalItems;
    private final Map<String, Long> itemsPerSubject;

    public SubjectWeights(long totalItems, Map<String, Long> itemsPerSubject) {
        this.totalItems = Math.max(1, totalItems);
        this.itemsPerSubject = Map.copyOf(itemsPerSubject);
    }

    public double weight(String subject) {
        long df = Math.max(1, itemsPerSubject.getOrDefault(subject, 1L));
        return Math.log(1.0 + (double) totalItems / df);
    }
}
