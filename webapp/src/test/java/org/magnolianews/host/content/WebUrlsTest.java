package org.magnolianews.host.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

class WebUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd",
            "ftp://example.org", "//example.org/x", "/x", "example.org", "https://", "https:///x", "https://:80/", "http://a b/",
            "https://example.org/\tx", "https://user:pw@example.org/", "https://example.org:99999999/", "mailto:a@example.org", "https:example.org"})
    void anythingButAnAbsoluteHttpOrHttpsUrlWithAHostIsRefusedWithAReason(String url) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> WebUrls.check(url));
        assertTrue(refused.getMessage().startsWith("must be an absolute http or https URL"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://tass.com/politics/974722", "http://example.org", "HTTPS://Example.org:8443/a?b=c#d",
            "https://пример.рф/новости", "http://[::1]:8080/x", "https://example.org?q=1"})
    void absoluteWebUrlsPassUnchanged(String url) {
        assertEquals(url, WebUrls.check(url));
    }

    @Test
    void stringPropertiesNamedUrlOrEndingInUrlHoldUrls() {
        assertTrue(WebUrls.holdsUrl(new PropertyDefinition("sourceUrl", "String", false, false, false)));
        assertTrue(WebUrls.holdsUrl(new PropertyDefinition("purchaseUrl", "String", false, false, false)));
        assertTrue(WebUrls.holdsUrl(new PropertyDefinition("url", "String", true, false, false)));
        assertFalse(WebUrls.holdsUrl(new PropertyDefinition("curly", "String", false, false, false)));
        assertFalse(WebUrls.holdsUrl(new PropertyDefinition("sourceUrl", "richText", false, false, false)));
        assertFalse(WebUrls.holdsUrl(new PropertyDefinition("sourceAgency", "String", false, false, false)));
    }
}
