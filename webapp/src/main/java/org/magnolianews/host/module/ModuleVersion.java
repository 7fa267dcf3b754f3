package org.magnolianews.host.module;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module version as Magnolia compares them: major.minor.patch, missing parts are 0, a classifier
 * after them ({@code -SNAPSHOT}) does not count; an unfiltered {@code ${...}} (a module run from its
 * sources) is a development version that satisfies every range (Magnolia's {@code Version}).
 */
public record ModuleVersion(int major, int minor, int patch, boolean development) implements Comparable<ModuleVersion> {

    private static final Pattern FORMAT = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?([-.].*)?");

    public static ModuleVersion parse(String text, String where) {
        String trimmed = text.trim();
        if (trimmed.startsWith("${")) {
            return new ModuleVersion(0, 0, 0, true);
        }
        Matcher matcher = FORMAT.matcher(trimmed);
        if (!matcher.matches()) {
            throw new ModuleException(where + ": '" + text + "' is not a version (expected e.g. 6.2 or 6.2.4)");
        }
        return new ModuleVersion(part(matcher.group(1)), part(matcher.group(2)), part(matcher.group(3)), false);
    }

    private static int part(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    @Override
    public int compareTo(ModuleVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return development ? "(development)" : major + "." + minor + "." + patch;
    }
}
