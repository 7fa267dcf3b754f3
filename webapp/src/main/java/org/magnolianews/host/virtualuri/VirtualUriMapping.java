package org.magnolianews.host.virtualuri;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of a module's {@code virtualUriMappings/*.yaml}, as Magnolia's
 * {@code info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping} reads it: {@code fromUri} is a Java regular
 * expression looked for ({@code find()}) in the URI, {@code toUri} its replacement ({@code $1} for groups) behind a
 * {@code forward:}, {@code redirect:} or {@code permanent:} prefix. A mapping's weight is its group count plus one;
 * of several matching mappings the heaviest wins, as in Magnolia's {@code VirtualUriRegistry}.
 */
public record VirtualUriMapping(String file, Pattern fromUri, String toUri) {

    /** What a matching mapping says to do with the request. */
    public record Result(Action action, String uri, int weight, VirtualUriMapping mapping) {
    }

    public enum Action {
        FORWARD("forward:"), REDIRECT("redirect:"), PERMANENT("permanent:");

        final String prefix;

        Action(String prefix) {
            this.prefix = prefix;
        }

        static Optional<Action> of(String toUri) {
            for (Action action : values()) {
                if (toUri.startsWith(action.prefix)) {
                    return Optional.of(action);
                }
            }
            return Optional.empty();
        }
    }

    Optional<Result> map(String uri) {
        Matcher matcher = fromUri.matcher(uri);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String replaced = matcher.replaceAll(toUri);
        Action action = Action.of(replaced).orElseThrow();
        return Optional.of(new Result(action, replaced.substring(action.prefix.length()), matcher.groupCount() + 1, this));
    }
}
