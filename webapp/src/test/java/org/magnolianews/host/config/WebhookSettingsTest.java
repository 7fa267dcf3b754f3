package org.magnolianews.host.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Webhook secrets come from the environment by webhook name; retries wait exponentially; bad values stop the start, named. */
class WebhookSettingsTest {

    @Test
    void secretsByNameThenTheDefault() {
        WebhookSettings settings = HostSettings.from(List.of(), Map.of("NEWS_WEBHOOK_SECRET_SITE_REFRESH", "s1",
                "NEWS_WEBHOOK_SECRET", "fallback")).webhooks();
        assertEquals("NEWS_WEBHOOK_SECRET_SITE_REFRESH", WebhookSettings.secretVariable("site-refresh"));
        assertEquals(Optional.of("s1"), settings.secretOf("site-refresh"));
        assertEquals(Optional.of("s1"), settings.secretOf("Site.Refresh"), "the variable name folds case and punctuation");
        assertEquals(Optional.of("fallback"), settings.secretOf("taxonomy"));
        assertEquals(Optional.empty(), HostSettings.from(List.of(), Map.of()).webhooks().secretOf("taxonomy"));
        assertTrue(!settings.toString().contains("s1") && !settings.toString().contains("fallback"), "never printed: " + settings);
    }

    @Test
    void retriesDoubleUpToTheLimit() {
        WebhookSettings settings = HostSettings.from(List.of("--webhook-retry-ms", "1000", "--webhook-max-attempts", "12"), Map.of()).webhooks();
        assertEquals(12, settings.maxAttempts());
        assertEquals(Duration.ofSeconds(1), settings.waitAfter(1));
        assertEquals(Duration.ofSeconds(2), settings.waitAfter(2));
        assertEquals(Duration.ofSeconds(8), settings.waitAfter(4));
        assertEquals(WebhookSettings.MAX_WAIT, settings.waitAfter(40));
        assertEquals(Duration.ofMillis(250), HostSettings.from(List.of(), Map.of("NEWS_WEBHOOK_RETRY_MS", "250")).webhooks().firstRetry());
        assertEquals(10, HostSettings.from(List.of(), Map.of()).webhooks().maxAttempts(), "default");
    }

    @Test
    void badValuesAreNamed() {
        SettingsException e = assertThrows(SettingsException.class,
                () -> HostSettings.from(List.of("--webhook-max-attempts", "0"), Map.of()));
        assertTrue(e.getMessage().contains("--webhook-max-attempts (NEWS_WEBHOOK_MAX_ATTEMPTS) must be between 1 and 100"), e.getMessage());
        assertThrows(SettingsException.class, () -> HostSettings.from(List.of(), Map.of("NEWS_WEBHOOK_TIMEOUT_MS", "soon")));
    }
}
