package org.magnolianews.host.definition;

/** One thing wrong with a definition file, located for the person who has to fix it. */
public record DefinitionProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
