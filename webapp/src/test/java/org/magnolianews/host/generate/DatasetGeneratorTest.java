package org.magnolianews.host.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.Value;
import javax.jcr.query.Query;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.testing.OpenContext;

class DatasetGeneratorTest {

    private static final DatasetGenerator.Plan PLAN = new DatasetGenerator.Plan(120, 8, 2, 42);

    @Test
    void sameSeedGivesTheSameDatasetAnotherSeedAnotherOne() throws Exception {
        List<String> first = generate(PLAN);
        List<String> second = generate(PLAN);
        assertEquals(first, second);
        assertNotEquals(first, generate(new DatasetGenerator.Plan(120, 8, 2, 43)));
    }

    /**
     * The progress covers writing and publishing: every article is reported written, then every article reported
     * published (the copy to the live workspace, folder by folder), each phase counting up to the plan's articles.
     */
    @Test
    void progressCoversWritingAndPublishing() throws Exception {
        List<String> reports = new ArrayList<>();
        try (OpenContext open = OpenContext.fresh()) {
            new DatasetGenerator(open.context()).generate(new DatasetGenerator.Plan(1200, 8, 2, 42), new DatasetGenerator.Progress() {
                @Override
                public void written(int articles) {
                    reports.add("written " + articles);
                }

                @Override
                public void published(int articles) {
                    reports.add("published " + articles);
                }
            });
        }
        int lastWritten = reports.lastIndexOf("written 1200");
        int firstPublished = -1;
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).startsWith("published ") && firstPublished < 0) {
                firstPublished = i;
            }
        }
        assertTrue(lastWritten >= 0, "all written: " + reports);
        assertTrue(firstPublished > lastWritten, "publishing reported after writing: " + reports);
        assertEquals("published 1200", reports.get(reports.size() - 1), "all published at the end: " + reports);
        assertTrue(reports.size() - firstPublished >= 2, "publishing reported as it goes, not only at its end: " + reports);
        int previous = 0;
        for (String report : reports.subList(firstPublished, reports.size())) {
            int value = Integer.parseInt(report.substring("published ".length()));
            assertTrue(value >= previous, "publishing counts up: " + reports);
            previous = value;
        }
    }

    /**
     * The benchmarks' search word is in about 2 % of the English bodies (as in the Directus peer's seed), in no other
     * property, and found by a full-text query: a benchmark of search ranks as many matches on both sides.
     */
    @Test
    void searchWordIsInTwoPercentOfEnglishBodiesAndNowhereElse() throws Exception {
        try (OpenContext open = OpenContext.fresh()) {
            new DatasetGenerator(open.context()).generate(new DatasetGenerator.Plan(1500, 8, 2, 1), DatasetGenerator.Progress.NONE);
            int[] counts = new int[3]; // English bodies, bodies with the word, full-text hits
            open.context().repository().call("news_live", session -> {
                var all = session.getWorkspace().getQueryManager()
                        .createQuery("/jcr:root//element(*, news:article)", Query.XPATH).execute();
                for (var it = all.getNodes(); it.hasNext(); ) {
                    Node article = it.nextNode();
                    for (var properties = article.getProperties(); properties.hasNext(); ) {
                        javax.jcr.Property property = properties.nextProperty();
                        if (!property.isMultiple() && !property.getName().equals("body")) {
                            assertFalse(property.getString().contains(DatasetGenerator.SEARCH_WORD), property.getPath());
                        }
                    }
                    if (article.hasProperty("body")) {
                        counts[0]++;
                        counts[1] += article.getProperty("body").getString().contains(DatasetGenerator.SEARCH_WORD) ? 1 : 0;
                    }
                }
                var hits = session.getWorkspace().getQueryManager().createQuery(
                        "/jcr:root//element(*, news:article)[jcr:contains(., '" + DatasetGenerator.SEARCH_WORD + "')]", Query.XPATH).execute();
                for (var it = hits.getNodes(); it.hasNext(); it.nextNode()) {
                    counts[2]++;
                }
                return null;
            });
            double share = counts[1] / (double) counts[0];
            assertTrue(share > 0.01 && share < 0.03, counts[1] + " of " + counts[0] + " English bodies");
            assertEquals(counts[1], counts[2], "the full-text index finds exactly those bodies");
        }
    }

    /** Each article as "path | title | title_ru | date | subject names", read from the live workspace. */
    private static List<String> generate(DatasetGenerator.Plan plan) throws Exception {
        try (OpenContext open = OpenContext.fresh()) {
            new DatasetGenerator(open.context()).generate(plan, DatasetGenerator.Progress.NONE);
            ContentRepository repository = open.context().repository();
            Map<String, String> subjectNames = new HashMap<>();
            repository.call("subjects_live", session -> {
                var result = session.getWorkspace().getQueryManager()
                        .createQuery("/jcr:root//element(*, news:subject)", Query.XPATH).execute();
                for (var it = result.getNodes(); it.hasNext(); ) {
                    Node subject = it.nextNode();
                    subjectNames.put(subject.getIdentifier(), subject.getProperty("name").getString());
                }
                return null;
            });
            assertEquals(plan.subjects(), subjectNames.size());
            List<String> rows = new ArrayList<>();
            repository.call("news_live", session -> {
                var result = session.getWorkspace().getQueryManager()
                        .createQuery("/jcr:root//element(*, news:article)", Query.XPATH).execute();
                for (var it = result.getNodes(); it.hasNext(); ) {
                    Node article = it.nextNode();
                    Calendar date = article.getProperty("date").getDate();
                    List<String> subjects = new ArrayList<>();
                    for (Value value : article.getProperty("subjects").getValues()) {
                        subjects.add(subjectNames.get(value.getString()));
                    }
                    assertTrue(subjects.size() >= 1 && subjects.size() <= 3, subjects.toString());
                    assertTrue(date.get(Calendar.YEAR) >= 2016 && date.get(Calendar.YEAR) <= 2026, date.toString());
                    rows.add(article.getPath() + " | " + prop(article, "title") + " | " + prop(article, "title_ru")
                            + " | " + date.toInstant() + " | " + subjects);
                }
                return null;
            });
            assertEquals(plan.articles(), rows.size(), "every article is published");
            rows.sort(String::compareTo);
            return rows;
        }
    }

    private static String prop(Node node, String name) throws javax.jcr.RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : "-";
    }
}
