package org.magnolianews.news.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.magnolianews.news.testing.TestRepository.date;
import static org.magnolianews.news.testing.TestRepository.strings;

import info.magnolia.cms.core.AggregationState;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.model.RenderingModelImpl;
import info.magnolia.rendering.template.RenderableDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.magnolianews.news.listing.LatestNewsModel;
import org.magnolianews.news.listing.SubjectNavigationModel;
import org.magnolianews.news.publication.BookPromoModel;
import org.magnolianews.news.publication.ReleaseLine;
import org.magnolianews.news.related.RelatedNewsModel;
import org.magnolianews.news.seo.PageSeoModel;
import org.magnolianews.news.testing.TestRepository;
import org.magnolianews.news.testing.TestWebContext;

/**
 * The module's models as Magnolia runs them (issue 8): created with Magnolia's constructor
 * {@code (Node, RD, RenderingModel<?>)} plus their injected components, reading everything else from
 * {@code MgnlContext} — the aggregation state's page and locale, request parameters, the request, JCR sessions of a real
 * Jackrabbit. Content: a detail page for news, two subjects, three news items, a publication with two
 * releases and a photo in the DAM.
 */
class ModelsRepositoryTest {

    private static final SiteClock MAY_2020 = new SiteClock(Clock.fixed(Instant.parse("2020-05-01T10:00:00Z"), ZoneOffset.UTC));
    private static final SiteClock JULY_2020 = new SiteClock(Clock.fixed(Instant.parse("2020-07-01T10:00:00Z"), ZoneOffset.UTC));
    private static TestRepository repository;
    private static String korea;
    private static String politics;
    private static String photo;

    private TestWebContext context;
    private final List<String> counted = new ArrayList<>();
    private final ItemCounts counts = (session, xpath) -> {
        counted.add(session.getWorkspace().getName() + ":" + xpath);
        return new DirectItemCounts().count(session, xpath);
    };

    @BeforeAll
    static void content() throws Exception {
        repository = TestRepository.start();
        Session website = repository.login("website");
        Node home = website.getRootNode().addNode("home", "mgnl:page");
        home.setProperty("mgnl:template", "news-module:pages/home");
        home.setProperty("title", "Test News");
        home.setProperty("title_ru", "Тестовые новости");
        Node section = home.addNode("news", "mgnl:page");
        section.setProperty("mgnl:template", "news-module:pages/section");
        Node article = section.addNode("article", "mgnl:page");
        article.setProperty("mgnl:template", "news-module:pages/article");
        Node subjectPage = home.addNode("subjects", "mgnl:page").addNode("subject", "mgnl:page");
        subjectPage.setProperty("mgnl:template", "news-module:pages/subject");
        Node bookPage = home.addNode("publications", "mgnl:page").addNode("publication", "mgnl:page");
        bookPage.setProperty("mgnl:template", "news-module:pages/publication");
        Node aside = article.addNode("aside", "mgnl:area");
        aside.addNode("0", "mgnl:component").setProperty("count", "5");
        aside.addNode("1", "mgnl:component").setProperty("pageSize", "1");
        aside.addNode("2", "mgnl:component");
        website.save();

        Session subjects = repository.login("subjects");
        Node k = TestRepository.item(subjects, "korea", "news:subject");
        k.setProperty("name", "Korea");
        k.setProperty("name_ru", "Корея");
        Node p = TestRepository.item(subjects, "politics", "news:subject");
        p.setProperty("name", "Politics");
        p.setProperty("name_ru", "Политика");
        subjects.save();
        korea = k.getIdentifier();
        politics = p.getIdentifier();

        Session dam = repository.login("dam");
        Node asset = dam.getRootNode().addNode("photo", "mgnl:content");
        asset.addNode("jcr:content", "mgnl:contentNode").setProperty("fileName", "putin abe.jpg");
        dam.save();
        photo = asset.getIdentifier();

        Session news = repository.login("news");
        Node a1 = news(news, "a1", "Leaders meet", "2020-04-20T10:00:00Z", korea, politics);
        a1.setProperty("title_ru", "Лидеры встретились");
        a1.setProperty("image", "jcr:" + photo);
        news(news, "a2", "Korea talks", "2020-04-10T10:00:00Z", korea);
        news(news, "a3", "Budget vote", "2020-04-15T10:00:00Z", politics);
        news.save();

        Session publications = repository.login("publications");
        Node book = TestRepository.item(publications, "book", "news:publication");
        book.setProperty("title", "Russian to the Bone");
        strings(book, "subjects", List.of(korea));
        release(book, 0, "IT", "available", "2020-06-01T00:00:00Z");
        release(book, 1, "RU", "announced", null);
        publications.save();
        for (Session session : List.of(website, subjects, dam, news, publications)) {
            session.logout();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        repository.close();
    }

    @BeforeEach
    void magnoliaContext() {
        context = new TestWebContext(repository).install();
    }

    @AfterEach
    void clearContext() {
        context.close();
    }

    @Test
    void relatedNewsRankTheItemTheParameterNamesAndCountThroughTheInjectedComponent() throws Exception {
        Node component = onDetailPage("/home/news/article", "/a1", "/home/news/article/aside/0");
        RelatedNewsModel<RenderableDefinition> model = new RelatedNewsModel<>(component, null, pageModel(), TestWebContext.EN_RU,
                MAY_2020, counts);
        assertEquals(null, model.execute(), "Magnolia calls execute(); nothing to skip");
        // Both subjects are on two of three items (equal weights): a3 is 5 days from a1, a2 10 days.
        assertEquals(List.of("a3", "a2"), names(model.getItems()));
        assertTrue(counted.stream().allMatch(c -> c.startsWith("news:")), counted.toString());
        assertFalse(counted.isEmpty(), "subject weights are counted through ItemCounts");
    }

    @Test
    void withoutASelectorThePageShowsNoItemAndNothingIsRelated() throws Exception {
        Node component = onPage("/home/news/article", "/home/news/article/aside/0");
        assertEquals(List.of(), new RelatedNewsModel<>(component, null, null, TestWebContext.EN_RU, MAY_2020, counts).getItems());
    }

    /**
     * Every model of an article page asks for the page's item: it is looked up once per request (kept as a
     * request-scoped context attribute, for the same page and parameter), not once per model.
     */
    @Test
    void thePageItemIsLookedUpOncePerRequest() throws Exception {
        AggregationState state = context.getAggregationState();
        onDetailPage("/home/news/article", "/a1", "/home/news/article");
        Node first = PageItem.of(state).orElseThrow();
        Session news = context.getJCRSession("news");
        news.getNode("/a1").remove(); // unsaved: a second look-up in this session would find nothing
        try {
            assertEquals(first.getIdentifier(), PageItem.of(state).orElseThrow().getIdentifier(), "the item found earlier in the request");
            context.parameter(PageItem.PARAMETER, "/a2");
            assertEquals("a2", PageItem.of(state).orElseThrow().getName(), "another parameter is looked up");
            context.parameter(PageItem.PARAMETER, "/a1");
            assertEquals(Optional.empty(), PageItem.of(state), "and so is the first again, once the parameter changed");
        } finally {
            news.refresh(false);
        }
    }

    @Test
    void anItemParameterNamingNothingOrSomethingElseOrEscapingIsNoItem() throws Exception {
        AggregationState state = context.getAggregationState();
        onDetailPage("/home/news/article", "/korea", "/home/news/article");
        assertEquals(Optional.empty(), PageItem.of(state), "a subject's path on the news detail page");
        for (String path : new String[] {"/no/such/item", "/a1/../a2", "a1", "/", ""}) {
            context.parameter(PageItem.PARAMETER, path);
            assertEquals(Optional.empty(), PageItem.of(state), path);
        }
        context.parameter(PageItem.PARAMETER, "/a1");
        assertEquals("a1", PageItem.of(state).orElseThrow().getName(), "the parameter is the item's path");
        state.setSelector("a2");
        assertEquals("a1", PageItem.of(state).orElseThrow().getName(), "a selector names no item: it cannot hold a path");
        onDetailPage("/home/news", "/a1", "/home/news");
        assertEquals(Optional.empty(), PageItem.of(state), "a section page shows no item whatever its parameters");
    }

    @Test
    void latestNewsPagesWithTheRequestParameterInThePagesLanguage() throws Exception {
        Node component = onPage("/home/news", "/home/news/article/aside/1");
        context.parameter("page", "2");
        LatestNewsModel<RenderableDefinition> english = new LatestNewsModel<>(component, null, null, TestWebContext.EN_RU);
        assertEquals(2, english.getPage());
        assertEquals(List.of("a3"), names(english.getItems()), "newest first, one per page: a1, a3, a2");
        assertTrue(english.isHasNewer());
        assertTrue(english.isHasOlder());

        context.getAggregationState().setLocale(Locale.forLanguageTag("ru"));
        context.parameter("page", "1");
        LatestNewsModel<RenderableDefinition> russian = new LatestNewsModel<>(component, null, null, TestWebContext.EN_RU);
        assertEquals(List.of("a1"), names(russian.getItems()), "only a1 exists in Russian");
        assertFalse(russian.isHasOlder());
    }

    @Test
    void subjectNavigationCountsPerSubjectAndMarksTheSubjectPagesItem() throws Exception {
        Node component = onDetailPage("/home/subjects/subject", "/korea", "/home/news/article/aside/2");
        SubjectNavigationModel<RenderableDefinition> model = new SubjectNavigationModel<>(component, null, null,
                TestWebContext.EN_RU, counts);
        List<SubjectNavigationModel.Entry> entries = model.getEntries();
        assertEquals(List.of("Korea", "Politics"), entries.stream().map(SubjectNavigationModel.Entry::label).toList());
        assertEquals(List.of(2L, 2L), entries.stream().map(SubjectNavigationModel.Entry::count).toList());
        assertEquals(List.of(true, false), entries.stream().map(SubjectNavigationModel.Entry::current).toList());
        assertEquals(2, counted.size(), "one count per subject, through the injected ItemCounts");
    }

    @Test
    void bookPromoOrdersReleasesForTheReadersCountryAsOfTheModulesClock() throws Exception {
        Node component = onDetailPage("/home/news/article", "/a2", "/home/news/article/aside/2");
        BookPromoModel<RenderableDefinition> may = new BookPromoModel<>(component, null, null, TestWebContext.EN_RU, MAY_2020);
        assertEquals("book", may.getPublication().getName(), "shares the item's subject");
        assertEquals(List.of("IT COMING", "RU COMING"), lines(may.getReleases()), "June's release is still to come in May");

        context.header("CF-IPCountry", "ru");
        BookPromoModel<RenderableDefinition> july = new BookPromoModel<>(component, null, null, TestWebContext.EN_RU, JULY_2020);
        assertEquals(List.of("RU COMING", "IT AVAILABLE"), lines(july.getReleases()), "the reader's country first");
    }

    @Test
    void bookPromoWithoutARequestHasNoReaderCountry() throws Exception {
        context.withoutRequest();
        context.getAggregationState().setLocale(Locale.forLanguageTag("ru"));
        Node component = onDetailPage("/home/publications/publication", "/book", "/home/news/article/aside/2");
        BookPromoModel<RenderableDefinition> model = new BookPromoModel<>(component, null, null, TestWebContext.EN_RU, JULY_2020);
        assertEquals("book", model.getPublication().getName(), "a publication page promotes its own publication");
        assertEquals(List.of("IT AVAILABLE", "RU COMING"), lines(model.getReleases()));
    }

    @Test
    void pageSeoDescribesTheItemAtTheOriginalUrlWithAbsoluteAssetLinks() throws Exception {
        Node page = onDetailPage("/home/news/article", "/a1", "/home/news/article");
        context.getAggregationState().setOriginalURL("https://news.example/news/a1.html");
        PageSeoModel<RenderableDefinition> model = new PageSeoModel<>(page, null, null, TestWebContext.EN_RU, MAY_2020);
        assertEquals("Test News", model.getSiteName());
        String json = model.getJsonLd();
        assertTrue(json.contains("\"url\":\"https://news.example/news/a1.html\""), json);
        assertTrue(json.contains("\"url\":\"https://news.example/dam/jcr:" + photo + "/putin%20abe.jpg\""), json);
        assertTrue(json.contains("\"keywords\":[\"Korea\",\"Politics\"]"), json);
        // the same bytes on every start of the JVM: each object's @type first (Map.of's order changes with its salt)
        assertTrue(json.contains("\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"https://news.example/news/a1.html\"}"), json);
        assertTrue(json.contains("\"publisher\":{\"@type\":\"Organization\",\"name\":\"Test News\"}"), json);

        context.getAggregationState().setLocale(Locale.forLanguageTag("ru"));
        assertEquals("Тестовые новости", model.getSiteName());
        assertTrue(model.getJsonLd().contains("\"headline\":\"Лидеры встретились\""), model.getJsonLd());

        onPage("/home", "/home");
        assertNull(new PageSeoModel<>(page, null, null, TestWebContext.EN_RU, MAY_2020).getJsonLd(), "the home page shows no item");
        assertEquals(2020, new PageSeoModel<>(page, null, null, TestWebContext.EN_RU, MAY_2020).getYear(), "the year of the clock");
    }

    private Node onPage(String page, String current) throws RepositoryException {
        return onDetailPage(page, null, current);
    }

    /**
     * Sets the aggregation state as Magnolia's renderer would after the module's virtual URI forward: main content,
     * current content, and the item's path as the {@code item} parameter (none when {@code itemPath} is null).
     */
    private Node onDetailPage(String page, String itemPath, String current) throws RepositoryException {
        Session website = context.getJCRSession("website");
        AggregationState state = context.getAggregationState();
        state.setMainContentNode(website.getNode(page));
        context.parameter(PageItem.PARAMETER, itemPath);
        state.setCurrentContentNode(website.getNode(current));
        return state.getCurrentContentNode();
    }

    private RenderingModel<?> pageModel() {
        return new RenderingModelImpl<>(context.getAggregationState().getMainContentNode(), null, null);
    }

    private static Node news(Session news, String name, String title, String date, String... subjects) throws RepositoryException {
        Node item = TestRepository.item(news, name, "news:article");
        item.setProperty("title", title);
        date(item, "date", Instant.parse(date));
        strings(item, "subjects", List.of(subjects));
        return item;
    }

    private static void release(Node book, int index, String country, String status, String date) throws RepositoryException {
        Node release = book.addNode("releases" + index, "mgnl:contentNode");
        release.setProperty("country", country);
        release.setProperty("status", status);
        if (date != null) {
            date(release, "date", Instant.parse(date));
        }
    }

    private static List<String> names(List<Node> nodes) throws RepositoryException {
        List<String> names = new ArrayList<>();
        for (Node node : nodes) {
            names.add(node.getName());
        }
        return names;
    }

    private static List<String> lines(List<ReleaseLine> lines) {
        return lines.stream().map(l -> l.country() + " " + l.state()).toList();
    }
}
