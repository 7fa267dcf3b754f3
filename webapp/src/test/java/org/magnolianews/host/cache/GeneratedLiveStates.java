package org.magnolianews.host.cache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.generate.GenerateCommand;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.host.testing.OpenContext;
import org.magnolianews.host.testing.TempDirs;
import org.magnolianews.news.jcr.XPathQueries;

/**
 * A generated dataset opened in place, with {@link Purges} told every content event (so its live states and list
 * index follow every publish), and the identifiers of its live subjects: what the tests of the list index and its
 * rows start from.
 */
final class GeneratedLiveStates implements AutoCloseable {

    final HostContext context;
    final Purges purges;
    final List<String> subjects;
    private final Path root;
    private final OpenContext open;

    private GeneratedLiveStates(Path root, OpenContext open, List<String> subjects) {
        this.root = root;
        this.open = open;
        this.context = open.context();
        this.purges = new Purges(context.repository());
        this.subjects = subjects;
        context.events().subscribe(purges::onContentEvent);
    }

    /** {@code generate} with these articles, subjects, publications and seed, in a new temporary directory. */
    static GeneratedLiveStates generate(String prefix, int articles, int subjects, int publications, int seed) throws Exception {
        Path root = TempDirs.create(prefix);
        Path data = root.resolve("data");
        GenerateCommand.run(List.of("--articles", "" + articles, "--subjects", "" + subjects, "--publications", "" + publications,
                "--seed", "" + seed, "--data-dir", data.toString()), Map.of());
        OpenContext open = OpenContext.at(data, List.of());
        try {
            return new GeneratedLiveStates(root, open, liveSubjects(open.context()));
        } catch (RepositoryException | RuntimeException e) {
            open.close();
            TempDirs.delete(root);
            throw e;
        }
    }

    private static List<String> liveSubjects(HostContext context) throws RepositoryException {
        Session live = context.repository().login(WorkspaceLayout.live("subjects"));
        try {
            List<String> identifiers = new ArrayList<>();
            for (Node subject : XPathQueries.nodes(live, XPathQueries.items("news:subject", null, null), 0, 0)) {
                identifiers.add(subject.getIdentifier());
            }
            return identifiers;
        } finally {
            live.logout();
        }
    }

    /**
     * Waits (two minutes at most) until the list index answers every statement over the live news: the states read with
     * the values of every property they compare.
     */
    void awaitAnswered(List<String> statements) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (statements.stream().anyMatch(statement -> purges.queries().answer("news", statement, 0, 1).isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the live states were not read within two minutes");
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        open.close();
        TempDirs.delete(root);
    }
}
