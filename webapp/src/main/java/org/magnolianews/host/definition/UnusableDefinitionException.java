package org.magnolianews.host.definition;

import java.util.List;

/**
 * A definition asked for is not registered, or registered with a problem that keeps it from being used: what
 * asked for it answers as if it were not there (a 404 page, a JSON error), never with a stack trace.
 */
public final class UnusableDefinitionException extends DefinitionException {

    public UnusableDefinitionException(List<DefinitionProblem> problems) {
        super(problems);
    }
}
