package org.magnolianews.host.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** Each article as "path | title | title_ru | date | subject names", read from the live workspace. */
    private static List<String> generate(DatasetGenerator.Plan plan) throws Exception {
        try (OpenContext open = OpenContext.fresh()) {
            new DatasetGenerator(open.context()).generate(plan, done -> { });
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
