package org.magnolianews.host.module;

/**
 * A {@code <dependency>} of a module descriptor: the module it needs, the versions it accepts
 * ({@code from/to}, {@code *} for open ends, as Magnolia's {@code VersionRange}) and whether it may be absent.
 */
public record ModuleDependency(String name, ModuleVersionRange versions, boolean optional) {

    @Override
    public String toString() {
        return name + " (version " + versions + ")";
    }
}
