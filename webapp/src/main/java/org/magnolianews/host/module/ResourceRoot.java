package org.magnolianews.host.module;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One place Magnolia resources come from: a classpath directory, a jar, or a light-modules directory.
 * Paths are Magnolia resource paths, absolute from the module folder: {@code /news-module/templates/x.ftl}.
 */
public record ResourceRoot(Path root, String label) {

    public Optional<Path> find(String resourcePath) {
        Path file = resolve(resourcePath);
        return file != null && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Every file under a module folder, as resource paths, in a stable order. */
    public List<String> list(String moduleName) {
        Path moduleDir = root.resolve(moduleName);
        if (!Files.isDirectory(moduleDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(moduleDir)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> "/" + root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a resource lives, for messages an operator can act on. */
    public String describe(String resourcePath) {
        Path file = resolve(resourcePath);
        return file == null ? label + resourcePath : label + ":" + resourcePath.substring(1);
    }

    private Path resolve(String resourcePath) {
        String relative = resourcePath.startsWith("/") ? resourcePath.substring(1) : resourcePath;
        Path file = root.resolve(relative).normalize();
        // A resource path never leaves its root ("/../../etc/passwd").
        return file.startsWith(root) ? file : null;
    }
}
