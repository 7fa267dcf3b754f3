package org.magnolianews.host.module;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Magnolia's resource lookup: light modules on disk first, then jars, first hit wins, so a light
 * module can override a file of a jar module with the same path.
 */
public final class Resources {

    private final List<ResourceRoot> roots;

    public Resources(List<InstalledModule> modules) {
        // Light-module roots first; several modules can share one root, keep each once.
        this.roots = modules.stream()
                .sorted((a, b) -> Boolean.compare(b.isLight(), a.isLight()))
                .map(InstalledModule::root)
                .distinct()
                .toList();
    }

    public Optional<Path> find(String resourcePath) {
        for (ResourceRoot root : roots) {
            Optional<Path> file = root.find(resourcePath);
            if (file.isPresent()) {
                return file;
            }
        }
        return Optional.empty();
    }

    public boolean exists(String resourcePath) {
        return find(resourcePath).isPresent();
    }

    public Optional<String> readString(String resourcePath) {
        return find(resourcePath).map(file -> {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
