package org.magnolianews.host.generate;

import java.util.List;
import java.util.Map;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.NewsHost;
import org.magnolianews.host.config.CommandLine;
import org.magnolianews.host.config.HostSettings;
import org.magnolianews.host.config.SettingsException;
import org.magnolianews.host.repository.SearchIndexCompaction;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.host.sample.SampleContent;

/**
 * {@code generate --articles N --subjects S --publications P --seed K [--data-dir D]}: fills an empty
 * data directory with a synthetic dataset plus the site's pages, printing a progress bar and the rate.
 * All or nothing: the dataset is built beside the data directory and moved into place when complete
 * ({@link StagingDirectory}).
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static void run(List<String> args, Map<String, String> env) throws Exception {
        CommandLine line = CommandLine.parse(args,
                List.of("--articles", "--subjects", "--publications", "--seed", "--data-dir", "--repository-config"), List.of());
        DatasetGenerator.Plan plan = new DatasetGenerator.Plan(
                positive(line, "--articles", 1000), positive(line, "--subjects", 40),
                positive(line, "--publications", 20), line.intValue("--seed").orElse(1));
        StagingDirectory dirs = StagingDirectory.prepare(HostSettings.from(dataDirOnly(line), env).dataDir());
        List<String> hostArgs = new java.util.ArrayList<>(List.of("--data-dir", dirs.staging().toString()));
        line.value("--repository-config").ifPresent(value -> hostArgs.addAll(List.of("--repository-config", value)));
        HostContext host = NewsHost.openContext(HostSettings.from(hostArgs, env));
        ProgressBar progress = new ProgressBar(plan.articles(), System.err);
        long started = System.nanoTime();
        long loaded;
        List<String> live = host.repository().layout().contentWorkspaces().stream().map(WorkspaceLayout::live).toList();
        try {
            new DatasetGenerator(host).generate(plan, progress.phases());
            loaded = System.nanoTime();
            progress.finishing();
            new SampleContent(host.repository(), host.content(), host.assets()).loadSite();
        } finally {
            host.repository().close(); // compacts the H2 files the load left mostly dead (CompactingH2PersistenceManager)
        }
        if (line.value("--repository-config").isEmpty()) {
            SearchIndexCompaction.apply(dirs.staging(), live); // one Lucene index per live workspace: cheaper public searches
        }
        dirs.commit();
        long stored = System.nanoTime();
        progress.finish();
        double seconds = (loaded - started) / 1e9;
        double endToEnd = (stored - started) / 1e9;
        System.out.printf("Generated %d articles, %d subjects, %d publications (seed %d) in %.1f s: %.0f articles/s, published included;"
                        + " %.1f s and %.0f articles/s with the site pages and the storage's compaction%n",
                plan.articles(), plan.subjects(), plan.publications(), plan.seed(), seconds, plan.articles() / seconds,
                endToEnd, plan.articles() / endToEnd);
    }

    /** The command line's data directory (or the environment's, or the default) as host options. */
    private static List<String> dataDirOnly(CommandLine line) {
        return line.value("--data-dir").map(dir -> List.of("--data-dir", dir)).orElse(List.of());
    }

    private static int positive(CommandLine line, String name, int defaultValue) {
        int value = line.intValue(name).orElse(defaultValue);
        if (value < 1 || value > 10_000_000) {
            throw new SettingsException(name + " must be between 1 and 10000000, found " + value);
        }
        return value;
    }
}
