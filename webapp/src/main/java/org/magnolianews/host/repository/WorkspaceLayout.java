package org.magnolianews.host.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.module.InstalledModule;

/**
 * Which workspaces exist. Content workspaces come from the module descriptors plus Magnolia's own
 * {@code website} and {@code dam}; each has a live twin holding what is published, standing in for
 * Magnolia's public instance. {@code users} holds accounts and has no twin.
 */
public final class WorkspaceLayout {

    public static final String WEBSITE = "website";
    public static final String DAM = "dam";
    public static final String USERS = "users";

    private static final String LIVE_SUFFIX = "_live";

    private final List<String> contentWorkspaces;

    public WorkspaceLayout(List<String> contentWorkspaces) {
        this.contentWorkspaces = List.copyOf(contentWorkspaces);
    }

    /** Workspaces the module descriptors declare, with Magnolia's website and dam. */
    public static Set<String> declared(List<InstalledModule> modules) {
        Set<String> names = new LinkedHashSet<>(List.of(WEBSITE, DAM));
        for (InstalledModule module : modules) {
            module.descriptor().ifPresent(d -> names.addAll(d.workspaces()));
        }
        return names;
    }

    /** The declared workspaces plus those content types create themselves ({@code autoCreate: true}). */
    public static WorkspaceLayout of(List<InstalledModule> modules, Collection<ContentTypeDefinition> contentTypes) {
        Set<String> names = declared(modules);
        contentTypes.stream().filter(ContentTypeDefinition::autoCreate).map(ContentTypeDefinition::workspace)
                .filter(java.util.Objects::nonNull).forEach(names::add);
        return new WorkspaceLayout(new ArrayList<>(names));
    }

    /** Workspaces editors write to and publish from. */
    public List<String> contentWorkspaces() {
        return contentWorkspaces;
    }

    public boolean isContentWorkspace(String name) {
        return contentWorkspaces.contains(name);
    }

    public static String live(String workspace) {
        return workspace + LIVE_SUFFIX;
    }

    public List<String> all() {
        List<String> all = new ArrayList<>(contentWorkspaces);
        contentWorkspaces.forEach(ws -> all.add(live(ws)));
        all.add(USERS);
        return all;
    }
}
