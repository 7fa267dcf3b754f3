package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.Languages;

/**
 * Which part of a delivery query the host answers on rich-text values (issue 13) and what Jackrabbit still gets: every
 * value filter on a rich-text property but {@code [null]}, and the whole order once a key is rich text.
 */
class RichTextConditionsTest {

    private final RichTextConditions conditions = new RichTextConditions(Set.of("body", "body_ru"),
            PropertyCatalog.of(Optional.empty(), Languages.EN_RU));

    private static DeliveryQuery query(List<Filter> filters, List<OrderKey> orderBy) {
        return new DeliveryQuery(10, 20, orderBy, List.of("word"), filters, Optional.empty(), Optional.empty(), true, false);
    }

    private static Filter filter(String property, FilterOperator operator, String value) {
        return new Filter(property + "[" + operator.token() + "]", property, operator, List.of(value));
    }

    @Test
    void aQueryWithoutRichTextValuesIsJackrabbitsAlone() {
        DeliveryQuery query = query(List.of(filter("title", FilterOperator.LIKE, "%a%"), filter("body", FilterOperator.NULL, "true")),
                List.of(new OrderKey("date", true)));
        assertFalse(conditions.appliesTo(query), "[null] asks for the property's name, which the index keeps");
    }

    @Test
    void richTextValueFiltersLeaveTheQueryAndPagingComesAfterThem() {
        Filter title = filter("title", FilterOperator.EQ, "x");
        Filter nullBody = filter("body_ru", FilterOperator.NULL, "false");
        DeliveryQuery query = query(List.of(title, filter("body", FilterOperator.LIKE, "%a%"), nullBody,
                filter("body_ru", FilterOperator.NE, "y")), List.of(new OrderKey("date", true)));
        assertTrue(conditions.appliesTo(query));
        assertFalse(conditions.sortsInJava(query));
        DeliveryQuery rest = conditions.forJackrabbit(query);
        assertEquals(List.of(title, nullBody), rest.filters());
        assertEquals(List.of(new OrderKey("date", true)), rest.orderBy(), "Jackrabbit still sorts");
        assertEquals(0, rest.offset());
        assertEquals(List.of("word"), rest.words());
        assertFalse(rest.total(), "counted here, after the filter");
    }

    @Test
    void aRichTextOrderKeyMovesTheWholeOrderHereKeepingTheKeysBeforeIt() {
        DeliveryQuery query = query(List.of(), List.of(new OrderKey("date", true), new OrderKey("body", false), new OrderKey("title", false)));
        assertTrue(conditions.sortsInJava(query));
        assertEquals(List.of(new OrderKey("date", true)), conditions.forJackrabbit(query).orderBy(),
                "the first key stays, for a before= cursor's constraint");
    }
}
