package org.magnolianews.host.virtualuri;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionProblem;

/**
 * The virtual URI mappings of all modules. The site asks it first for every page URI, as Magnolia's
 * {@code VirtualUriFilter} runs before the page is looked up; the heaviest matching mapping decides.
 */
public final class VirtualUriMappings {

    static final String REGEXP_MAPPING = "info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping";

    private final List<VirtualUriMapping> mappings;

    private VirtualUriMappings(List<VirtualUriMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    public static VirtualUriMappings none() {
        return new VirtualUriMappings(List.of());
    }

    /** Reads the definitions; a mapping with a problem is left out and its problem reported, with its file and line. */
    public static VirtualUriMappings read(java.util.Collection<Definition> definitions, List<DefinitionProblem> problems) {
        List<VirtualUriMapping> mappings = new ArrayList<>();
        for (Definition definition : definitions) {
            read(definition, problems).ifPresent(mappings::add);
        }
        return new VirtualUriMappings(mappings);
    }

    private static Optional<VirtualUriMapping> read(Definition definition, List<DefinitionProblem> problems) {
        Optional<String> type = definition.string("class");
        if (type.isEmpty() || !type.get().equals(REGEXP_MAPPING)) {
            problems.add(definition.problem("class", "virtual URI mapping class must be " + REGEXP_MAPPING
                    + " (the only kind this host implements)" + type.map(t -> "; found " + t).orElse("; none given")));
            return Optional.empty();
        }
        Optional<String> from = definition.string("fromUri");
        Optional<String> to = definition.string("toUri");
        if (from.isEmpty() || to.isEmpty()) {
            problems.add(definition.problem(from.isEmpty() ? "fromUri" : "toUri",
                    "a virtual URI mapping needs fromUri (a regular expression) and toUri"));
            return Optional.empty();
        }
        if (VirtualUriMapping.Action.of(to.get()).isEmpty()) {
            problems.add(definition.problem("toUri", "toUri must start with forward:, redirect: or permanent:; found '"
                    + to.get() + "'"));
            return Optional.empty();
        }
        try {
            Pattern pattern = Pattern.compile(from.get());
            int groups = pattern.matcher("").groupCount();
            java.util.regex.Matcher references = Pattern.compile("\\$(\\d+)").matcher(to.get());
            while (references.find()) {
                if (Integer.parseInt(references.group(1)) > groups) {
                    problems.add(definition.problem("toUri", "toUri refers to $" + references.group(1) + " but fromUri has "
                            + groups + " group" + (groups == 1 ? "" : "s")));
                    return Optional.empty();
                }
            }
            return Optional.of(new VirtualUriMapping(definition.file(), pattern, to.get()));
        } catch (PatternSyntaxException e) {
            problems.add(definition.problem("fromUri", "fromUri is not a valid regular expression: "
                    + e.getDescription() + " near index " + e.getIndex()));
            return Optional.empty();
        }
    }

    /** What the heaviest mapping matching {@code uri} says, if any does. */
    public Optional<VirtualUriMapping.Result> map(String uri) {
        return mappings.stream().map(mapping -> mapping.map(uri)).flatMap(Optional::stream)
                .max(Comparator.comparingInt(VirtualUriMapping.Result::weight));
    }
}
