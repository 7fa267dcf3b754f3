package org.magnolianews.host.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.query.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.PublicationStatus;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.testing.RunningHost;

/** The first start of a host loads the portal's sample content, published. */
class SampleContentIT {

    private static final String SEED = "/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature";

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static ContentRepository repository;

    @BeforeAll
    static void start() throws Exception {
        repository = host.host().context().repository();
    }

    @Test
    void seedArticleIsPublishedInBothLanguagesWithSourceAndCredit() {
        repository.call("news_live", session -> {
            Node seed = session.getNode(SEED);
            assertEquals("Putin and Abe discuss North Korean crisis and peace treaty signature", seed.getProperty("title").getString());
            assertTrue(seed.getProperty("title_ru").getString().startsWith("Путин и Абэ"));
            assertEquals("TASS", seed.getProperty("sourceAgency").getString());
            assertEquals("as per TASS", seed.getProperty("sourceAttribution").getString());
            assertEquals("по данным ТАСС", seed.getProperty("sourceAttribution_ru").getString());
            assertEquals("Russian Presidential Administration", seed.getProperty("imageCredit").getString());
            assertEquals("2017-11-10", String.format("%tF", seed.getProperty("date").getDate()));
            assertTrue(seed.getProperty("subjects").getValues().length >= 3);
            assertTrue(seed.getProperty("relatedNews").getValues().length >= 1);
            String asset = seed.getProperty("image").getString();
            assertTrue(asset.startsWith("jcr:"), asset);
            return null;
        });
        repository.call("dam_live", session -> {
            String assetId = repository.call("news", s -> s.getNode(SEED).getProperty("image").getString().substring(4));
            Node asset = session.getNodeByIdentifier(assetId);
            assertTrue(asset.isNodeType(MgnlNodeTypes.ASSET));
            assertEquals("Russian Presidential Administration", asset.getProperty("copyright").getString());
            assertTrue(asset.getNode("jcr:content").getProperty("jcr:data").getBinary().getSize() > 1000);
            return null;
        });
        assertEquals(PublicationStatus.PUBLISHED, repository.call("news", s -> PublicationStatus.of(s.getNode(SEED))));
    }

    @Test
    void aboutTwentyMoreArticlesInBothLanguagesAreLive() {
        List<String> titles = new ArrayList<>();
        int[] russianOnly = {0};
        repository.call("news_live", session -> {
            var result = session.getWorkspace().getQueryManager()
                    .createQuery("/jcr:root//element(*, news:article) order by @date descending", Query.XPATH).execute();
            for (var it = result.getNodes(); it.hasNext(); ) {
                Node item = it.nextNode();
                if (item.hasProperty("title")) {
                    titles.add(item.getProperty("title").getString());
                } else {
                    russianOnly[0]++;
                }
            }
            return null;
        });
        assertTrue(titles.size() + russianOnly[0] >= 20, "articles: " + titles.size() + " + " + russianOnly[0]);
        assertTrue(russianOnly[0] > 0, "some articles exist only in Russian");
    }

    @Test
    void publicationWithReleasesAndTheSubjectTree() {
        repository.call("publications_live", session -> {
            Node book = session.getNode("/russian-to-the-bone");
            assertEquals("Marco Maggi", book.getProperty("authors").getValues()[0].getString());
            assertEquals("IT", book.getNode("releases0").getProperty("country").getString());
            assertEquals("available", book.getNode("releases0").getProperty("status").getString());
            assertEquals("RU", book.getNode("releases1").getProperty("country").getString());
            return null;
        });
        repository.call("subjects_live", session -> {
            Node relations = session.getNode("/russia-japan-relations");
            String parent = relations.getProperty("parent").getString();
            assertEquals("/politics", session.getNodeByIdentifier(parent).getPath());
            assertEquals("Российско-японские отношения", relations.getProperty("name_ru").getString());
            return null;
        });
    }

    @Test
    void sitePagesWithAreasAndComponentsAreLive() {
        repository.call("website_live", session -> {
            Node article = session.getNode("/home/news/article");
            assertEquals("news-module:pages/article", article.getProperty(MgnlNodeTypes.TEMPLATE).getString());
            assertTrue(article.getNode("main").isNodeType(MgnlNodeTypes.AREA));
            assertEquals("news-module:components/article", article.getNode("main/0").getProperty(MgnlNodeTypes.TEMPLATE).getString());
            return null;
        });
    }

    @Test
    void superuserExistsWithTheConfiguredPasswordOnly() {
        var users = host.host().context().users();
        assertEquals(Role.ADMIN, users.authenticate("superuser", RunningHost.ADMIN_PASSWORD).orElseThrow().role());
        assertFalse(users.authenticate("superuser", "wrong").isPresent());
        String stored = repository.call("users", s -> s.getNode("/admin/superuser").getProperty("pswd").getString());
        assertTrue(stored.startsWith("$2"), "bcrypt hash, not the password");
    }
}
