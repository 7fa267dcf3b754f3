package org.magnolianews.host.module;

import java.util.Optional;

/**
 * {@code from/to} with {@code *} for an open end, or one version meaning exactly that version, both ends
 * included (Magnolia's {@code VersionRange}: {@code 6.2/*} is 6.2.0 and later).
 */
public final class ModuleVersionRange {

    private final Optional<ModuleVersion> from;
    private final Optional<ModuleVersion> to;
    private final String text;

    private ModuleVersionRange(Optional<ModuleVersion> from, Optional<ModuleVersion> to, String text) {
        this.from = from;
        this.to = to;
        this.text = text;
    }

    public static ModuleVersionRange parse(String text, String where) {
        String range = text == null || text.isBlank() ? "*" : text.trim();
        int slash = range.indexOf('/');
        String fromText = slash < 0 ? range : range.substring(0, slash);
        String toText = slash < 0 ? range : range.substring(slash + 1);
        Optional<ModuleVersion> from = end(fromText, where);
        Optional<ModuleVersion> to = end(toText, where);
        if (from.isPresent() && to.isPresent() && from.get().compareTo(to.get()) > 0) {
            throw new ModuleException(where + ": version range '" + range + "' ends before it starts");
        }
        return new ModuleVersionRange(from, to, range);
    }

    private static Optional<ModuleVersion> end(String text, String where) {
        return "*".equals(text.trim()) ? Optional.empty() : Optional.of(ModuleVersion.parse(text, where));
    }

    public boolean contains(ModuleVersion version) {
        if (version.development()) {
            return true;
        }
        return from.map(f -> version.compareTo(f) >= 0).orElse(true) && to.map(t -> version.compareTo(t) <= 0).orElse(true);
    }

    @Override
    public String toString() {
        return text;
    }
}
