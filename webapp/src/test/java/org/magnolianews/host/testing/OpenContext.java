package org.magnolianews.host.testing;

import java.nio.file.Files;
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

    private OpenContext(HostContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
    }

    public static OpenContext fresh() throws Exception {
        return at(Files.createTempDirectory("news-context-"), List.of());
    }

    public static OpenContext at(Path dataDir, List<String> extraArgs) {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        args.addAll(extraArgs);
        return new OpenContext(NewsHost.openContext(HostSettings.from(args, Map.of())), dataDir);
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
    }
}
