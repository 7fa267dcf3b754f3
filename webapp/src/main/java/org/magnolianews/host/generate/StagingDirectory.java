package org.magnolianews.host.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.magnolianews.host.config.SettingsException;

/**
 * Makes {@code generate} all-or-nothing: the dataset is built in a sibling directory
 * ({@code <data-dir>.generating}) and renamed to the data directory only when complete, in one atomic
 * rename on the same file system. A kill at any moment leaves the data directory as it was (absent or
 * empty) and the staging directory behind, which the next {@code generate} removes and the host points
 * out at start ({@link #leftoverOf}). Jackrabbit's configuration keeps its paths relative to the
 * repository home, so the moved repository opens where it lands.
 */
public final class StagingDirectory {

    private static final String SUFFIX = ".generating";
    /** Written first: only a directory holding it is ours to delete. */
    private static final String MARKER = "GENERATE-IN-PROGRESS";

    private final Path target;
    private final Path staging;

    private StagingDirectory(Path target) {
        this.target = target.toAbsolutePath().normalize();
        this.staging = this.target.resolveSibling(this.target.getFileName() + SUFFIX);
    }

    /** Checks the target is absent or empty, clears an interrupted run's leftover, and creates the staging directory. */
    static StagingDirectory prepare(Path target) {
        StagingDirectory dirs = new StagingDirectory(target);
        if (Files.exists(dirs.target) && !isEmptyDirectory(dirs.target)) {
            throw new SettingsException("data directory " + target + " already holds content; generate needs an empty one");
        }
        try {
            if (Files.exists(dirs.staging)) {
                if (!Files.exists(dirs.staging.resolve(MARKER))) {
                    throw new SettingsException(dirs.staging + " exists and was not made by generate; move it away first");
                }
                System.err.println("Removing " + dirs.staging + ", left by an interrupted generate");
                deleteTree(dirs.staging);
            }
            Files.createDirectories(dirs.staging);
            Files.writeString(dirs.staging.resolve(MARKER), "generate writes here and renames the directory when done\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dirs;
    }

    Path staging() {
        return staging;
    }

    /** Moves the finished dataset into place; the repository in the staging directory must be closed. */
    void commit() {
        try {
            Files.delete(staging.resolve(MARKER));
            if (Files.exists(target)) {
                Files.delete(target); // empty, checked in prepare
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the generated dataset from " + staging + " to " + target, e);
        }
    }

    /** The staging directory an interrupted generate left beside this data directory, if any. */
    public static Optional<Path> leftoverOf(Path dataDir) {
        Path staging = new StagingDirectory(dataDir).staging;
        return Files.exists(staging.resolve(MARKER)) ? Optional.of(staging) : Optional.empty();
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
