package org.magnolianews.host.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --repository postgresql}, its options and {@code --role} (issue 11): H2 and both roles stay the default. */
class ClusterOptionsTest {

    private static final List<String> PG = List.of("--repository", "postgresql", "--pg-url", "jdbc:postgresql://db:5432/news",
            "--pg-user", "news", "--cluster-id", "public-1");

    @Test
    void h2AndBothRolesWithoutOptions() {
        HostSettings settings = HostSettings.from(List.of(), Map.of());
        assertTrue(settings.cluster().isEmpty());
        assertEquals(Role.BOTH, settings.role());
    }

    @Test
    void postgresqlTakesFlagsAndThePasswordOnlyFromTheEnvironment() {
        ClusterSettings cluster = HostSettings.from(PG, Map.of("NEWS_PG_PASSWORD", "secret")).cluster().orElseThrow();
        assertEquals("jdbc:postgresql://db:5432/news", cluster.url());
        assertEquals("news", cluster.user());
        assertEquals("secret", cluster.password());
        assertEquals("public-1", cluster.clusterId());
        assertEquals(ClusterSettings.DEFAULT_SYNC_MILLIS, cluster.syncMillis());
        assertTrue(!cluster.toString().contains("secret"), "the password never reaches a log line");
    }

    @Test
    void postgresqlFromTheEnvironment() {
        ClusterSettings cluster = HostSettings.from(List.of(), Map.of("NEWS_REPOSITORY", "postgresql", "NEWS_PG_URL",
                "jdbc:postgresql://db/news", "NEWS_PG_USER", "u", "NEWS_CLUSTER_ID", "author-1", "NEWS_CLUSTER_SYNC_MS", "200"))
                .cluster().orElseThrow();
        assertEquals("author-1", cluster.clusterId());
        assertEquals(200, cluster.syncMillis());
    }

    @Test
    void eachMissingOrBadOptionIsNamed() {
        assertRefused(List.of("--repository", "postgres"), "--repository");
        assertRefused(List.of("--repository", "postgresql"), "--pg-url");
        assertRefused(without(PG, "--pg-user"), "--pg-user");
        assertRefused(without(PG, "--cluster-id"), "--cluster-id");
        assertRefused(with(PG, "--pg-url", "jdbc:h2:mem:x"), "--pg-url");
        assertRefused(with(PG, "--cluster-id", "a b"), "--cluster-id");
        assertRefused(with(PG, "--cluster-sync-ms", "10"), "--cluster-sync-ms");
        assertRefused(List.of("--cluster-id", "x"), "need --repository postgresql");
        assertRefused(with(PG, "--repository-config", "r.xml"), "exclude each other");
        assertRefused(List.of("--role", "reader"), "--role");
    }

    @Test
    void rolesParseInAnyCase() {
        assertEquals(Role.PUBLIC, HostSettings.from(List.of("--role", "PUBLIC"), Map.of()).role());
        assertEquals(Role.AUTHOR, HostSettings.from(List.of(), Map.of("NEWS_ROLE", "author")).role());
    }

    private static void assertRefused(List<String> args, String named) {
        SettingsException e = assertThrows(SettingsException.class, () -> HostSettings.from(args, Map.of()));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    private static List<String> without(List<String> args, String flag) {
        List<String> copy = new ArrayList<>(args);
        int i = copy.indexOf(flag);
        copy.remove(i + 1);
        copy.remove(i);
        return copy;
    }

    private static List<String> with(List<String> args, String flag, String value) {
        List<String> copy = new ArrayList<>(args);
        int i = copy.indexOf(flag);
        if (i >= 0) {
            copy.set(i + 1, value);
        } else {
            copy.add(flag);
            copy.add(value);
        }
        return copy;
    }
}
