package org.magnolianews.host.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.magnolianews.host.module.InstalledModule;

/**
 * What an anonymous visitor of a public instance may read, as Magnolia decides it: the access control lists of
 * the roles the {@code anonymous} user has, {@code anonymous} and {@code rest-anonymous}; the most specific
 * matching entry decides. Each role is Magnolia's as installed, changed by the modules' bootstrap files as Magnolia's
 * bootstrap import changes it: {@code mgnl-bootstrap/<module>/userroles.<role>.xml} replaces the role,
 * {@code userroles.<role>.acl_<workspace>.xml} replaces (or adds) one of its access control lists.
 *
 * <p>Magnolia's roles as the host assumes them: {@code anonymous} on a public instance reads {@code website}
 * ({@code /*}) and may GET and POST every URI but {@code /.magnolia*} (magnolia-core setup/public/userroles.anonymous.xml);
 * {@code rest-anonymous} may GET {@code /.rest/delivery*} and has no workspace permissions (docs, "Delivery API").
 */
public final class AnonymousAccess {

    public static final List<String> ROLES = List.of("anonymous", "rest-anonymous");
    private static final String MAGNOLIA = "Magnolia's own role (as the host assumes it)";
    /** userroles.<role>.xml or userroles.<role>.acl_<name>.xml: the node's path, dots for slashes. */
    private static final Pattern ROLE_FILE = Pattern.compile("userroles\\.(anonymous|rest-anonymous)(\\.acl_[A-Za-z0-9_-]+)?\\.xml");

    private final Map<String, RoleAcls> roles;

    AnonymousAccess(Map<String, RoleAcls> roles) {
        this.roles = Map.copyOf(roles);
    }

    public static AnonymousAccess of(List<InstalledModule> modules) {
        Map<String, RoleAcls> roles = new LinkedHashMap<>(magnoliaDefaults());
        RoleBootstrapReader reader = new RoleBootstrapReader();
        for (InstalledModule module : modules) {
            if (module.isLight()) {
                continue; // light modules bootstrap nothing by themselves (Magnolia needs its Content Importer for that)
            }
            for (Path file : bootstrapFiles(module.root().root().resolve("mgnl-bootstrap").resolve(module.name()))) {
                Matcher name = ROLE_FILE.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                String role = name.group(1);
                String source = module.root().describe("/mgnl-bootstrap/" + module.name() + "/" + file.getFileName());
                try (InputStream in = Files.newInputStream(file)) {
                    if (name.group(2) == null) {
                        roles.put(role, reader.read(in, source)); // the bootstrap replaces the whole role node
                    } else {
                        roles.put(role, withAcl(roles.get(role), reader.readAcl(in, source), source));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new AnonymousAccess(roles);
    }

    /** A bootstrapped acl_<ws> node replaces that list of the role (the import replaces the node at its path). */
    private static RoleAcls withAcl(RoleAcls role, RoleBootstrapReader.Acl acl, String source) {
        Map<String, List<AclEntry>> workspaces = new LinkedHashMap<>(role.workspaces());
        List<AclEntry> uris = role.uris();
        if (acl.name().equals("acl_uri")) {
            uris = acl.entries();
        } else {
            workspaces.put(acl.name().substring("acl_".length()), acl.entries());
        }
        return new RoleAcls(role.name(), Map.copyOf(workspaces), uris, role.source() + " + " + source);
    }

    private static List<Path> bootstrapFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, RoleAcls> magnoliaDefaults() {
        return Map.of(
                "anonymous", new RoleAcls("anonymous", Map.of("website", List.of(new AclEntry("/*", AclEntry.READ))),
                        List.of(new AclEntry("/*", 63), new AclEntry("/.magnolia*", 0)), MAGNOLIA),
                "rest-anonymous", new RoleAcls("rest-anonymous", Map.of(),
                        List.of(new AclEntry("/.rest/delivery*", AclEntry.READ)), MAGNOLIA));
    }

    /** Whether anonymous may read the node at {@code path} of {@code workspace} (the author name; its live twin is what is read). */
    public boolean canRead(String workspace, String path) {
        return decide(roles.values().stream().flatMap(r -> r.workspaces().getOrDefault(workspace, List.of()).stream()), path);
    }

    /** Whether anonymous may GET {@code uri}. */
    public boolean canGet(String uri) {
        return decide(roles.values().stream().flatMap(r -> r.uris().stream()), uri);
    }

    /** Where the roles deciding a workspace come from, for an error message. */
    public String describe() {
        List<String> sources = new ArrayList<>();
        roles.values().forEach(r -> sources.add(r.name() + ": " + r.source()));
        return String.join("; ", sources);
    }

    private static boolean decide(Stream<AclEntry> entries, String path) {
        Optional<AclEntry> decisive = entries.filter(e -> e.matches(path))
                .max(java.util.Comparator.comparingInt(AclEntry::specificity).thenComparingLong(AclEntry::permissions));
        return decisive.map(e -> (e.permissions() & AclEntry.READ) != 0).orElse(false);
    }
}
