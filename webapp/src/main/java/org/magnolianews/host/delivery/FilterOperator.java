package org.magnolianews.host.delivery;

import java.util.Arrays;
import java.util.Optional;

/** The filter operators of Magnolia's delivery endpoint: {@code property[operator]=value}. */
public enum FilterOperator {
    EQ("eq"), NE("ne"), GT("gt"), LT("lt"), GTE("gte"), LTE("lte"), IN("in"), NOT_IN("not-in"), LIKE("like"), NULL("null");

    private final String token;

    FilterOperator(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static Optional<FilterOperator> of(String token) {
        return Arrays.stream(values()).filter(op -> op.token.equals(token)).findFirst();
    }

    public static String known() {
        return String.join(", ", Arrays.stream(values()).map(FilterOperator::token).toList());
    }
}
