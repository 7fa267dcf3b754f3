package org.magnolianews.host.module;

import java.util.Map;

/**
 * The Magnolia modules this host stands in for, with the version it behaves as. A module may depend on
 * these; a dependency on any other module that is not installed stops start-up, as in Magnolia.
 * Names are Magnolia's module names (not Maven artifactIds), see docs/magnolia-compatibility.md.
 */
public final class HostPlatform {

    /** Magnolia 6.2's platform modules and the 6.2 bundle's DAM (DAM 3.0) and REST (2.2), Content Types (1.1) and
     * Site (its themes' image variations) modules. */
    public static final Map<String, String> PROVIDED_MODULES = Map.of(
            "core", "6.2.0",
            "rendering", "6.2.0",
            "templating", "6.2.0",
            "dam", "3.0.0",
            "rest-integration", "2.2.0",
            "rest-content-delivery", "2.2.0",
            "content-types", "1.1.0",
            "site", "1.3.0");

    private HostPlatform() {
    }
}
