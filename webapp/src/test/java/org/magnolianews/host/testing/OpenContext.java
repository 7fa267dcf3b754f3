package org.magnolianews.host.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.NewsHost;
import org.magnolianews.host.config.HostSettings;

/** The host's services on a real repository in a fresh directory, without HTTP. */
public final class OpenContext implements AutoCloseable {

    private final HostContext context;
    private final Path dataDir;

    private final boolean ownsDataDir;

    private OpenContext(HostContext context, Path dataDir, boolean ownsDataDir) {
        this.context = context;
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
    }

    public static OpenContext fresh() throws Exception {
        Path dir = TempDirs.create("news-context-");
        return new OpenContext(open(dir, List.of()), dir, true);
    }

    /** Services on a data directory the caller owns (and cleans up). */
    public static OpenContext at(Path dataDir, List<String> extraArgs) {
        return new OpenContext(open(dataDir, extraArgs), dataDir, false);
    }

    private static HostContext open(Path dataDir, List<String> extraArgs) {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        args.addAll(extraArgs);
        return NewsHost.openContext(HostSettings.from(args, Map.of()));
    }

    public HostContext context() {
        return context;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        context.repository().close();
        if (ownsDataDir) {
            TempDirs.delete(dataDir);
        }
    }
}
