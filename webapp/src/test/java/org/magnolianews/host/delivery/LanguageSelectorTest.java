package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.Languages;

class LanguageSelectorTest {

    private static final EndpointDefinition ENDPOINT = new EndpointDefinition("delivery/news", "news", "/", List.of("news:article"),
            List.of(), false, 0, false, 10, List.of(), Map.of("en", List.of(), "ru", List.of("en")));
    private final LanguageSelector selector = new LanguageSelector(Languages.EN_RU);

    @Test
    void langWinsThenTheBestSupportedAcceptLanguageThenTheDefault() {
        assertEquals("ru", selector.choose(Optional.of("ru-RU"), "en", ENDPOINT).language());
        assertEquals("ru", selector.choose(Optional.empty(), "de, ru;q=0.8, en;q=0.7", ENDPOINT).language());
        assertEquals("en", selector.choose(Optional.empty(), "ru;q=0.2, en;q=0.9", ENDPOINT).language());
        assertEquals("en", selector.choose(Optional.empty(), "ru;q=0, fr", ENDPOINT).language(), "q=0 means not acceptable");
        assertEquals("en", selector.choose(Optional.empty(), ";;;,,q=abc", ENDPOINT).language());
        assertEquals("en", selector.choose(Optional.of("de"), "ru", ENDPOINT).language(), "a language the site lacks: default");
    }

    @Test
    void theFallbackChainComesFromTheEndpoint() {
        assertEquals(List.of("ru", "en"), selector.choose(Optional.of("ru"), null, ENDPOINT).chain());
        assertEquals(List.of("en"), selector.choose(Optional.of("en"), null, ENDPOINT).chain());
        assertTrue(selector.choose(Optional.of("all"), null, ENDPOINT).raw());
    }

    @Test
    void malformedLangIsRefused() {
        DeliveryException e = assertThrows(DeliveryException.class, () -> selector.choose(Optional.of("r u"), null, ENDPOINT));
        assertEquals("invalidValueFormat", e.code());
        assertTrue(e.getMessage().startsWith("lang"));
    }
}
