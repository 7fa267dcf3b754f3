package org.magnolianews.host.module;

import java.util.Optional;

/** A module the host runs: a jar module has a descriptor, a light module only a folder. */
public record InstalledModule(String name, Optional<ModuleDescriptor> descriptor, ResourceRoot root) {

    public boolean isLight() {
        return descriptor.isEmpty();
    }
}
