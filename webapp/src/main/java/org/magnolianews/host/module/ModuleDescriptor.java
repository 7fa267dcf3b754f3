package org.magnolianews.host.module;

import java.util.List;
import java.util.Optional;

/**
 * What the host needs from a Magnolia module descriptor (META-INF/magnolia/&lt;name&gt;.xml): the
 * module's name, version, the modules it depends on, the workspaces it declares and its node type file.
 */
public record ModuleDescriptor(String name, String version, List<ModuleDependency> dependencies, List<String> workspaces,
                               Optional<String> nodeTypeFile) {

    public ModuleDescriptor(String name, String version, List<String> workspaces, Optional<String> nodeTypeFile) {
        this(name, version, List.of(), workspaces, nodeTypeFile);
    }
}
