package org.magnolianews.host.definition;

/**
 * One thing wrong with a definition file, located for the person who has to fix it, with Magnolia's severity
 * ({@code info.magnolia.config.registry.DefinitionProvider.Problem}; the Definitions app filters by it).
 */
public record DefinitionProblem(String file, int line, String message, Severity severity) {

    /** Magnolia's problem severities, worst first. */
    public enum Severity {
        /** The file cannot be read at all (YAML syntax): nothing of it is usable. */
        SEVERE,
        /** The definition cannot do its job (a script or workspace that does not exist): it is not used. */
        MAJOR,
        /** Still used, but in a form Magnolia is phasing out. */
        DEPRECATED,
        /** Still used; something it points to is missing (a dialog, an available component). */
        MINOR;

        /** Whether a definition with a problem of this severity may be used. */
        public boolean blocksUse() {
            return this == SEVERE || this == MAJOR;
        }
    }

    /** A problem that makes the definition unusable: Magnolia's MAJOR. */
    public DefinitionProblem(String file, int line, String message) {
        this(file, line, message, Severity.MAJOR);
    }

    public DefinitionProblem withSeverity(Severity other) {
        return new DefinitionProblem(file, line, message, other);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
