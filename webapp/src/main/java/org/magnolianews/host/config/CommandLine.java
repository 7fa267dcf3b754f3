package org.magnolianews.host.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Flags of the form {@code --name value} or {@code --name=value}; anything unknown is an error. */
public final class CommandLine {

    private final Map<String, String> values;
    private final Set<String> flags;

    private CommandLine(Map<String, String> values, Set<String> flags) {
        this.values = values;
        this.flags = flags;
    }

    public static CommandLine parse(List<String> args, List<String> valueOptions, List<String> flagOptions) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (flagOptions.contains(name)) {
                flags.add(name);
            } else if (valueOptions.contains(name)) {
                if (arg.contains("=")) {
                    values.put(name, arg.substring(arg.indexOf('=') + 1));
                } else if (i + 1 < args.size()) {
                    values.put(name, args.get(++i));
                } else {
                    throw new SettingsException(name + " needs a value");
                }
            } else {
                throw new SettingsException("unknown option '" + arg + "' (known: " + valueOptions + " " + flagOptions + ")");
            }
        }
        return new CommandLine(values, flags);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public Optional<Integer> intValue(String name) {
        return value(name).map(v -> parseInt(name, v));
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new SettingsException(name + " must be a whole number, found '" + value + "'");
        }
    }
}
