package org.magnolianews.host.definition;

import java.util.List;
import java.util.stream.Collectors;

/** Definitions that cannot be used; the message lists each problem as file:line: reason. */
public class DefinitionException extends RuntimeException {

    private final List<DefinitionProblem> problems;

    public DefinitionException(DefinitionProblem problem) {
        this(List.of(problem));
    }

    public DefinitionException(List<DefinitionProblem> problems) {
        super(problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
