package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.testing.RunningHost;

/**
 * Reference targets are kept across responses ({@link ResolvedTargets}) and never shown once a publish changed them.
 * The response cache is off here, so every response is written again and a stale target could only come from the
 * kept targets.
 */
class ResolvedTargetsIT {

    private static final String NEWS = "/.rest/delivery/news";
    private static final String LATEST = NEWS + "?orderBy=date%20desc&limit=10";
    private static final String USER = "test";
    private static RunningHost host;
    private static DeliveryClient client;
    private static ContentService content;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.withSampleContentAndProperty(DeliverySettings.CACHE_MB, "0");
        client = new DeliveryClient(host);
        content = host.host().context().content();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void aTargetIsWrittenOnceForManyResponsesAndOnceMoreAfterEachPublish() throws Exception {
        JsonNode first = client.json(NEWS + DeliveryClient.SEED);
        double hits = targetHits();
        JsonNode again = client.json(NEWS + DeliveryClient.SEED);
        assertEquals(first.path("subjects"), again.path("subjects"));
        assertEquals(first.path("relatedNews"), again.path("relatedNews"));
        int targets = first.path("subjects").size() + first.path("relatedNews").size();
        assertEquals(hits + targets, targetHits(), "the second response took its " + targets + " targets as kept");

        ContentService.Created unrelated = content.create("news", Optional.empty(), Optional.empty(),
                Map.of("title", "Tapir unrelated story", "date", "2035-02-01T10:00:00+00:00"), USER);
        publishWithFolders(unrelated.path());
        double before = targetHits();
        assertEquals(first.path("subjects"), client.json(NEWS + DeliveryClient.SEED).path("subjects"));
        assertEquals(before, targetHits(), "a commit to the live side drops them all: each is read once more");
        client.json(NEWS + DeliveryClient.SEED);
        assertEquals(before + targets, targetHits(), "and kept again");
    }

    @Test
    void aRepublishedTargetShowsAtOnceInEveryResponseNamingIt() throws Exception {
        ContentService.Created subject = content.create("subject", Optional.empty(), Optional.empty(),
                Map.of("name", "Capybara affairs"), USER);
        content.publish("subjects", subject.path(), false, USER);
        ContentService.Created neighbour = content.create("news", Optional.empty(), Optional.empty(),
                Map.of("title", "Capybara neighbour first title", "date", "2036-03-01T10:00:00+00:00"), USER);
        publishWithFolders(neighbour.path());
        ContentService.Created article = content.create("news", Optional.empty(), Optional.empty(),
                Map.of("title", "Capybara article", "date", "2036-03-02T10:00:00+00:00",
                        "subjects", List.of(subject.identifier()), "relatedNews", List.of(neighbour.identifier())), USER);
        publishWithFolders(article.path());
        assertShows(article.path(), "Capybara affairs", "Capybara neighbour first title");

        content.update("subject", subject.path(), Map.of("name", "Capybara matters"), Optional.empty(), USER);
        content.update("news", neighbour.path(), Map.of("title", "Capybara neighbour second title"), Optional.empty(), USER);
        assertShows(article.path(), "Capybara affairs", "Capybara neighbour first title"); // saved, not published

        content.publish("subjects", subject.path(), false, USER);
        content.publish("news", neighbour.path(), false, USER);
        assertShows(article.path(), "Capybara matters", "Capybara neighbour second title");

        content.unpublish("subjects", subject.path(), USER);
        assertEquals(0, client.json(NEWS + article.path()).path("subjects").size(), "an unpublished target is gone at once");
    }

    @Test
    void unpublishingTheFolderAboveATargetDropsIt() throws Exception {
        FolderSubject published = articleWithSubjectIn("wombat-folder", "Wombat", "2037-04-02T10:00:00+00:00");
        String article = NEWS + published.article().path();
        JsonNode shown = client.json(article).path("subjects");
        assertEquals(1, shown.size());
        assertEquals(published.subject().path(), shown.get(0).path("@path").asText());
        client.json(article); // the kept target is the one answered now

        content.unpublish("subjects", published.folder().path(), USER);
        assertEquals(0, client.json(article).path("subjects").size(), "the folder took its subject along");
    }

    @Test
    void aFolderMovedAndPublishedOnItsOwnTakesItsTargetsPathAlong() throws Exception {
        FolderSubject published = articleWithSubjectIn("koala-folder", "Koala", "2038-05-02T10:00:00+00:00");
        String article = NEWS + published.article().path();
        String name = published.subject().path().substring(published.subject().path().lastIndexOf('/') + 1);
        for (int i = 0; i < 2; i++) { // written, then kept
            assertEquals("/koala-folder/" + name, client.json(article).path("subjects").get(0).path("@path").asText());
        }

        host.host().context().repository().call("subjects", (javax.jcr.Session session) -> {
            session.move("/koala-folder", "/koala-moved");
            session.save();
            return null;
        });
        content.publish("subjects", "/koala-moved", false, USER); // the folder alone: its event names the folder only
        assertEquals("/koala-moved/" + name, client.json(article).path("subjects").get(0).path("@path").asText());
    }

    private static void assertShows(String articlePath, String subjectName, String neighbourTitle) throws Exception {
        for (int i = 0; i < 2; i++) { // the first response may write the targets, the second takes them as kept
            JsonNode read = client.json(NEWS + articlePath);
            assertEquals(subjectName, read.path("subjects").get(0).path("name").asText());
            assertEquals(neighbourTitle, read.path("relatedNews").get(0).path("title").asText());
            JsonNode listed = null;
            for (JsonNode item : client.json(LATEST + "&title[like]=Capybara%20article").path("results")) {
                listed = item;
            }
            assertTrue(listed != null, "the article is listed");
            assertEquals(subjectName, listed.path("subjects").get(0).path("name").asText(), "in a list too");
            assertEquals(neighbourTitle, listed.path("relatedNews").get(0).path("title").asText());
        }
    }

    private record FolderSubject(ContentService.Created folder, ContentService.Created subject, ContentService.Created article) {
    }

    /** A subject in a folder of its own and an article naming it, all published. */
    private static FolderSubject articleWithSubjectIn(String folderName, String word, String date) {
        ContentService.Created folder = content.createFolder("subjects", "/", folderName, USER);
        ContentService.Created subject = content.create("subject", Optional.of(folder.path()), Optional.empty(),
                Map.of("name", word + " studies"), USER);
        content.publish("subjects", folder.path(), true, USER);
        ContentService.Created article = content.create("news", Optional.empty(), Optional.empty(),
                Map.of("title", word + " article", "date", date, "subjects", List.of(subject.identifier())), USER);
        publishWithFolders(article.path());
        return new FolderSubject(folder, subject, article);
    }

    /** Publishes an item with its (new) year and month folders. */
    private static void publishWithFolders(String path) {
        String month = path.substring(0, path.lastIndexOf('/'));
        content.publish("news", month.substring(0, month.lastIndexOf('/')), false, USER);
        content.publish("news", month, false, USER);
        content.publish("news", path, false, USER);
    }

    private static double targetHits() {
        String scrape = host.host().context().metrics().scrape();
        Matcher line = Pattern.compile("^cache_gets_total\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        double sum = 0;
        while (line.find()) {
            if (line.group(1).contains("cache=\"delivery-targets\"") && line.group(1).contains("result=\"hit\"")) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }
}
