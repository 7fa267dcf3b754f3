package org.magnolianews.host.author.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

class ListQueryTest {

    private static final ContentTypeDefinition NEWS = new ContentTypeDefinition("news", "news-module", "news", "/", "news:article",
            true, Map.of(), List.of(
            new PropertyDefinition("title", "String", false, true, true),
            new PropertyDefinition("date", "Date", false, true, false),
            new PropertyDefinition("subjects", "reference:subject", true, false, false)), Map.of());
    private static final ContentApp APP = new ContentApp("news", "News", "", NEWS, List.of());
    private final ListQuery query = new ListQuery(null, Languages.EN_RU, null);

    private static ListRequest request(String folder, String search, String subject, String status, String missing, String sort) {
        return new ListRequest(folder, Optional.ofNullable(search), Optional.ofNullable(subject), Optional.ofNullable(status),
                Optional.ofNullable(missing), sort, true, 1, 50);
    }

    @Test
    void aSubjectFilterSortedByDateIsOneXPathSortedInLucene() {
        assertEquals("//element(*, news:article)[@subjects = 'b1d2c3e4-0000-4000-8000-000000000001'] order by @date descending",
                query.statement(APP, request("/", null, "b1d2c3e4-0000-4000-8000-000000000001", null, null, "date")));
    }

    @Test
    void foldersAreIso9075EncodedBecauseXPathNamesCannotStartWithADigit() {
        assertEquals("/jcr:root/_x0032_017/_x0031_1//element(*, news:article) order by @title descending",
                query.statement(APP, request("/2017/11", null, null, null, null, "title")));
    }

    @Test
    void searchStatusAndMissingLanguageCombine() {
        assertEquals("//element(*, news:article)[jcr:contains(., 'putin or abe') and not(@mgnl:activationStatus = 'true')"
                        + " and not(@title_ru)] order by @mgnl:lastModified descending",
                query.statement(APP, request("/", "Putin' ]) or (\"Abe*", null, "unpublished", "ru", "lastModified")));
    }

    @Test
    void quotesInValuesCannotLeaveTheStringLiteral() {
        assertEquals("'it''s'", org.magnolianews.news.jcr.XPathQueries.literal("it's"));
    }

    @Test
    void searchTermsKeepOnlyWordsAndInnerHyphens() {
        assertEquals("russia-japan 2025 новости", ListQuery.searchTerms("  Russia-Japan*  (2025) -- \"Новости\" ~"));
        assertEquals("", ListQuery.searchTerms("'[]()*"));
    }
}
