package org.magnolianews.host.module;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Magnolia's start-up check of module dependencies: every non-optional dependency must be installed (a
 * jar module or one the host provides) in a version the range accepts; an optional one, when present,
 * must be in range too. The first failure stops start-up with Magnolia's wording.
 */
public final class DependencyCheck {

    private final Map<String, ModuleVersion> provided = new HashMap<>();

    public DependencyCheck(Map<String, String> providedModules) {
        providedModules.forEach((name, version) -> provided.put(name, ModuleVersion.parse(version, "host module " + name)));
    }

    public void check(List<InstalledModule> modules) {
        Map<String, ModuleVersion> installed = new HashMap<>(provided);
        for (InstalledModule module : modules) {
            module.descriptor().ifPresent(d -> installed.put(d.name(), ModuleVersion.parse(d.version(), "module " + d.name())));
        }
        for (InstalledModule module : modules) {
            if (module.descriptor().isEmpty()) {
                continue;
            }
            ModuleDescriptor descriptor = module.descriptor().get();
            String checked = descriptor.name() + " (version " + descriptor.version() + ", " + module.root().label() + ")";
            for (ModuleDependency dependency : descriptor.dependencies()) {
                ModuleVersion version = installed.get(dependency.name());
                if (version == null && !dependency.optional()) {
                    throw new ModuleException("Module " + checked + " is dependent on " + dependency
                            + ", which was not found. Installed: " + installed.keySet().stream().sorted().toList());
                }
                if (version != null && !dependency.versions().contains(version)) {
                    throw new ModuleException("Module " + checked + " is dependent on " + dependency
                            + ", but " + dependency.name() + " (version " + version + ") is currently installed.");
                }
            }
        }
    }
}
