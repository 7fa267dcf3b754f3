package org.magnolianews.host.delivery;

import java.util.List;

/**
 * One filter of a query: a property (or {@code @name}, {@code @jcr:uuid}), an operator and its
 * alternatives ({@code a|b} matches either). {@code parameter} is the query parameter as sent, for messages.
 */
public record Filter(String parameter, String property, FilterOperator operator, List<String> alternatives) {
}
