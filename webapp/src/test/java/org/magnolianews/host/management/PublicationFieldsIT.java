package org.magnolianews.host.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 10: a publication's ISBN must be a valid ISBN-10 or ISBN-13 (checksum; hyphens and spaces allowed,
 * stored without them) and a release's country an ISO 3166-1 alpha-2 code, in the shared validator: the API
 * refuses anything else with a 400 naming the field, and writes nothing.
 */
class PublicationFieldsIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static ApiClient api;

    @BeforeAll
    static void start() {
        api = ApiClient.basic(host, "superuser", RunningHost.ADMIN_PASSWORD);
    }

    private static String publication(String title, String isbn, String country) {
        return "{\"type\":\"news:publication\",\"properties\":[{\"name\":\"title\",\"values\":[\"" + title + "\"]}"
                + (isbn == null ? "" : ",{\"name\":\"isbn\",\"values\":[\"" + isbn + "\"]}") + "]"
                + (country == null ? "" : ",\"nodes\":[{\"name\":\"releases0\",\"type\":\"mgnl:contentNode\",\"properties\":["
                + "{\"name\":\"country\",\"values\":[\"" + country + "\"]},{\"name\":\"status\",\"values\":[\"available\"]}]}]") + "}";
    }

    private static void assertRefused(HttpResponse<String> response, String field, String reasonPart) throws Exception {
        assertEquals(400, response.statusCode(), response.body());
        JsonNode error = ApiClient.json(response).path("error");
        List<String> fields = new ArrayList<>();
        error.path("fields").forEach(f -> fields.add(f.path("field").asText() + ": " + f.path("reason").asText()));
        assertEquals(1, fields.size(), response.body());
        assertTrue(fields.get(0).startsWith(field + ": ") && fields.get(0).contains(reasonPart), "the field and why: " + fields);
    }

    private static boolean exists(String name) {
        return host.host().context().repository().call("publications", s -> s.nodeExists("/" + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "978-88-7691-412-7", "0-306-40615-3", "978886914126", "97888769141260", "ISBN 978-88-7691-412-6x", "abcdefghij"})
    void aBadIsbnIs400NamingTheField(String isbn) throws Exception {
        String title = "Bad isbn " + Math.abs(isbn.hashCode());
        assertRefused(api.send("PUT", "/.rest/nodes/v1/publications", publication(title, isbn, null)), "isbn", "ISBN");
        assertTrue(!exists("bad-isbn-" + Math.abs(isbn.hashCode())), "nothing written");
    }

    @ParameterizedTest
    @CsvSource({"978-88-7691-412-6, 9788876914126", "978 5 903124 57 2, 9785903124572", "0-306-40615-2, 0306406152",
            "0-8044-2957-x, 080442957X", "9788876914126, 9788876914126"})
    void aValidIsbnIsStoredWithoutHyphensOrSpaces(String isbn, String stored) throws Exception {
        String name = "good-isbn-" + Math.abs(isbn.hashCode());
        HttpResponse<String> response = api.send("PUT", "/.rest/nodes/v1/publications", publication("Good isbn " + Math.abs(isbn.hashCode()), isbn, null));
        assertEquals(201, response.statusCode(), response.body());
        assertEquals(stored, host.host().context().repository().call("publications", s -> s.getNode("/" + name).getProperty("isbn").getString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Italy", "XX", "ITA", "I"})
    void aReleaseCountryThatIsNoIsoCodeIs400NamingTheField(String country) throws Exception {
        String title = "Bad country " + country.toLowerCase();
        assertRefused(api.send("PUT", "/.rest/nodes/v1/publications", publication(title, null, country)), "releases[0].country", "ISO 3166-1");
        assertTrue(!exists("bad-country-" + country.toLowerCase()), "nothing written");
    }

    @Test
    void aReleaseCountryInLowerCaseIsStoredAsTheCode() throws Exception {
        HttpResponse<String> response = api.send("PUT", "/.rest/nodes/v1/publications", publication("Country it", null, "it"));
        assertEquals(201, response.statusCode(), response.body());
        assertEquals("IT", host.host().context().repository().call("publications",
                s -> s.getNode("/country-it/releases0").getProperty("country").getString()));
    }
}
