package org.magnolianews.host.generate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.jcr.RepositoryException;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.content.BulkLoader;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * A deterministic synthetic dataset for benchmarks and load tests: the same seed gives the same
 * subjects, publications and articles (names, texts, dates, subjects) on every machine. Articles
 * spread over the ten years before a fixed date, carry 1–3 subjects, and about half exist in both
 * languages. Everything is published: items are stamped published as they are written and each
 * top-level folder is then cloned to the live workspace, keeping identifiers.
 */
public final class DatasetGenerator {

    /** Dates are spread over the ten years before this instant, so datasets do not depend on today. */
    static final Instant END = OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
    static final long TEN_YEARS_SECONDS = 10L * 365 * 24 * 3600;
    /**
     * The word full-text benchmarks search for, put into {@link #SEARCH_WORD_SHARE} of the English bodies and nowhere
     * else, in the sentence the Directus peer's seed uses for its 2 % (shared/bench/peers/directus/seed.mjs): the
     * synthetic vocabulary's own words each occur in nearly every English article, so searching one of them would
     * make us rank ~80 % of the items while the peer finds its 2 %.
     */
    public static final String SEARCH_WORD = "lighthouse";
    static final double SEARCH_WORD_SHARE = 0.02;
    private static final String SEARCH_SENTENCE = " The old " + SEARCH_WORD + " on the coast was mentioned again.";
    private static final String USER = "generator";
    private static final int BATCH = 2_000;

    private final HostContext host;

    public DatasetGenerator(HostContext host) {
        this.host = host;
    }

    public record Plan(int articles, int subjects, int publications, long seed) {
    }

    /** How far a generation is: articles written (and saved), then articles published (copied to live). */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void written(int articles) {
            }

            @Override
            public void published(int articles) {
            }
        };

        void written(int articles);

        void published(int articles);
    }

    public void generate(Plan plan, Progress progress) throws RepositoryException {
        Random random = new Random(plan.seed());
        SyntheticText text = new SyntheticText(random);
        // its own sequence, so every other text, date and subject of a seed is what it was before the word was added
        Random searchWord = new Random(Long.rotateLeft(plan.seed(), 32) ^ 0x9E3779B97F4A7C15L); // small seeds mixed: Random(1) starts skewed
        List<String> subjectIds = subjects(plan, text);
        publications(plan, random, text, subjectIds);
        // articles per top-level folder (a year): the copy to live goes folder by folder and reports as it goes
        Map<String, Integer> perFolder = new java.util.TreeMap<>();
        try (BulkLoader news = host.content().bulkLoader("news", USER, BATCH)) {
            for (int i = 0; i < plan.articles(); i++) {
                String path = news.add(article(random, searchWord, text, subjectIds), true).path();
                perFolder.merge(path.substring(0, path.indexOf('/', 1)), 1, Integer::sum);
                if ((i + 1) % 500 == 0 || i + 1 == plan.articles()) {
                    progress.written(i + 1);
                }
            }
        }
        cloneToLive("subjects", folder -> { });
        cloneToLive("publications", folder -> { });
        int[] published = {0};
        cloneToLive("news", folder -> {
            published[0] += perFolder.getOrDefault(folder, 0);
            progress.published(published[0]);
        });
    }

    private List<String> subjects(Plan plan, SyntheticText text) throws RepositoryException {
        List<String> ids = new ArrayList<>();
        try (BulkLoader loader = host.content().bulkLoader("subject", USER, BATCH)) {
            for (int i = 0; i < plan.subjects(); i++) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("name", "Subject " + (i + 1) + " " + text.headline(false).split(" ")[0]);
                values.put("name_ru", "Тема " + (i + 1));
                values.put("description", text.lead(false));
                // Every fifth subject sits below an earlier one: a shallow hierarchy like the real taxonomy.
                if (i >= 5 && i % 5 == 0) {
                    values.put("parent", ids.get(i / 5 - 1));
                }
                ids.add(loader.add(values, true).identifier());
                loader.flush(); // a later subject's parent reference is checked against the saved workspace
            }
        }
        return ids;
    }

    private void publications(Plan plan, Random random, SyntheticText text, List<String> subjectIds) throws RepositoryException {
        try (BulkLoader loader = host.content().bulkLoader("publication", USER, BATCH)) {
            for (int i = 0; i < plan.publications(); i++) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("title", text.headline(false));
                values.put("title_ru", text.headline(true));
                values.put("description", text.body(false));
                values.put("authors", List.of("Author " + (i + 1)));
                values.put("publisher", "Foundation Press");
                values.put("subjects", pickSubjects(random, subjectIds));
                values.put("releases", List.of(
                        Map.of("country", "IT", "status", "available", "date", date(random).toString()),
                        Map.of("country", "RU", "status", random.nextBoolean() ? "announced" : "preorder")));
                loader.add(values, true);
            }
        }
    }

    private static Map<String, Object> article(Random random, Random searchWord, SyntheticText text, List<String> subjectIds) {
        Map<String, Object> values = new LinkedHashMap<>();
        // 50% both languages, 30% English only, 20% Russian only.
        int languages = random.nextInt(10);
        boolean english = languages < 8;
        boolean russian = languages < 5 || languages >= 8;
        if (english) {
            values.put("title", text.headline(false));
            values.put("lead", text.lead(false));
            String body = text.body(false);
            values.put("body", searchWord.nextDouble() < SEARCH_WORD_SHARE ? withSearchSentence(body, searchWord) : body);
        }
        if (russian) {
            values.put("title_ru", text.headline(true));
            values.put("lead_ru", text.lead(true));
            values.put("body_ru", text.body(true));
        }
        values.put("date", date(random).toString());
        values.put("sourceAgency", random.nextInt(3) == 0 ? "TASS" : "Foundation");
        values.put("subjects", pickSubjects(random, subjectIds));
        return values;
    }

    /** The body with the search word's sentence at the end of one of its paragraphs. */
    private static String withSearchSentence(String body, Random searchWord) {
        List<Integer> ends = new ArrayList<>();
        for (int at = body.indexOf("</p>"); at >= 0; at = body.indexOf("</p>", at + 1)) {
            ends.add(at);
        }
        int end = ends.get(searchWord.nextInt(ends.size()));
        return body.substring(0, end) + SEARCH_SENTENCE + body.substring(end);
    }

    private static OffsetDateTime date(Random random) {
        long back = (long) (random.nextDouble() * TEN_YEARS_SECONDS);
        return END.minusSeconds(back).atOffset(ZoneOffset.ofHours(3));
    }

    private static List<String> pickSubjects(Random random, List<String> subjectIds) {
        List<String> picked = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (picked.size() < Math.min(count, subjectIds.size())) {
            String id = subjectIds.get(random.nextInt(subjectIds.size()));
            if (!picked.contains(id)) {
                picked.add(id);
            }
        }
        return picked;
    }

    /** Clones each top-level folder of a workspace to its live twin, telling {@code cloned} each folder's path when done. */
    private void cloneToLive(String workspace, java.util.function.Consumer<String> cloned) {
        List<String> roots = host.repository().topLevelPaths(workspace);
        host.repository().call(WorkspaceLayout.live(workspace), live -> {
            for (String path : roots) {
                live.getWorkspace().clone(workspace, path, path, false);
                cloned.accept(path);
            }
            return null;
        });
    }

}
