package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

class XPathQueryBuilderTest {

    private static final EndpointDefinition NEWS = new EndpointDefinition("delivery/news", "news", "/", List.of("news:article"),
            List.of("mgnl:contentNode"), false, 1, true, 10, List.of(), Map.of());
    private static final PropertyCatalog CATALOG = PropertyCatalog.of(Optional.of(new ContentTypeDefinition("news", "m", "news", "/",
            "news:article", true, Map.of(), List.of(new PropertyDefinition("title", "String", false, true, true),
            new PropertyDefinition("date", "Date", false, true, false), new PropertyDefinition("rank", "Long", false, false, false)),
            Map.of())), Languages.EN_RU);

    private static String build(String query) {
        DeliveryRequestParser parser = new DeliveryRequestParser(NEWS, CATALOG);
        DeliveryRequest.Query parsed = (DeliveryRequest.Query) parser.parse("", QueryString.parse(query));
        return new XPathQueryBuilder(NEWS, CATALOG, List.of()).build(parsed.query());
    }

    @Test
    void latestInASubjectIsOneLuceneSortedXPath() {
        assertEquals("//element(*, news:article)[@date < xs:dateTime('2018-01-01T00:00:00.000Z')] order by @date descending, @jcr:uuid ascending",
                build("orderBy=date%20desc&before=2018-01-01"));
        assertEquals("//element(*, news:article)[(@date < xs:dateTime('2018-01-01T10:00:00.000Z') or (@date = xs:dateTime('2018-01-01T10:00:00.000Z')"
                        + " and @jcr:uuid > 'b1d2c3e4-0000-4000-8000-00000000000a'))] order by @date descending, @jcr:uuid ascending",
                build("orderBy=date%20desc&before=2018-01-01T10:00:00Z~B1D2C3E4-0000-4000-8000-00000000000A"));
    }

    @Test
    void quotesInValuesAreDoubledInsideTheLiteral() {
        assertEquals("//element(*, news:article)[@title = 'x'' or ''1''=''1']", build("title=x%27%20or%20%271%27=%271"));
        assertEquals("//element(*, news:article)[jcr:like(@title_ru, '%a''b%')]", build("title_ru[like]=%25a%27b%25"));
    }

    @Test
    void operatorsAlternativesAndSpecialFilters() {
        assertEquals("/jcr:root/_x0032_017//element(*, news:article)[(fn:name() = 'a' or fn:name() = 'b') and not(@title)]",
                build("@ancestor=/2017&@name=a%7Cb&title[null]=true"));
        assertEquals("//element(*, news:article)[(@rank < 1 or @rank > 5) and (@title != 'a' and @title != 'b')]",
                build("rank[not-in]=1~5&title[ne]=a%7Cb"));
        assertEquals("//element(*, news:article)[(jcr:contains(., 'путин')) and (jcr:contains(., 'abe')) and (@date >= xs:dateTime('2017-11-10T11:05:00.000Z')"
                + " and @date <= xs:dateTime('2018-01-01T00:00:00.000Z'))] order by @title ascending, @date descending, @jcr:uuid ascending",
                build("q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD%20(Abe)!&date[in]=2017-11-10T14:05:00.000%2B03:00~2018-01-01&orderBy=title,date%20desc"));
    }

    @Test
    void eachWordIsSearchedAsTypedAndInTheLanguagesAnalysedProperties() {
        DeliveryRequestParser parser = new DeliveryRequestParser(NEWS, CATALOG);
        DeliveryRequest.Query parsed = (DeliveryRequest.Query) parser.parse("", QueryString.parse("q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD%D0%B0%20Abe"));
        assertEquals("//element(*, news:article)[(jcr:contains(., 'путина') or jcr:contains(@title_ru, 'путина') or jcr:contains(@lead_ru, 'путина'))"
                        + " and (jcr:contains(., 'abe') or jcr:contains(@title_ru, 'abe') or jcr:contains(@lead_ru, 'abe'))]"
                        + " order by @jcr:score descending, @jcr:uuid ascending",
                new XPathQueryBuilder(NEWS, CATALOG, List.of(), List.of("title_ru", "lead_ru")).build(parsed.query()));
    }

    @Test
    void fullTextWithoutAnOrderIsBestMatchFirstAndItsCountHasNoOrder() {
        DeliveryRequestParser parser = new DeliveryRequestParser(NEWS, CATALOG);
        DeliveryRequest.Query parsed = (DeliveryRequest.Query) parser.parse("", QueryString.parse("q=abe&total=true"));
        XPathQueryBuilder builder = new XPathQueryBuilder(NEWS, CATALOG, List.of());
        assertEquals("//element(*, news:article)[(jcr:contains(., 'abe'))] order by @jcr:score descending, @jcr:uuid ascending",
                builder.build(parsed.query()));
        assertEquals("//element(*, news:article)[(jcr:contains(., 'abe'))]", builder.buildUnordered(parsed.query()));
    }

    @Test
    void severalNodeTypesAreMatchedByPrimaryType() {
        DeliveryQuery query = new DeliveryQuery(10, 0, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), false, false);
        assertEquals("//element(*, nt:base)[(@jcr:primaryType = 'mgnl:page' or @jcr:primaryType = 'news:page')]",
                new XPathQueryBuilder(NEWS, CATALOG, List.of("mgnl:page", "news:page")).build(query));
    }
}
