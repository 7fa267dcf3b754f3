package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;

/** Small helpers for delivery integration tests: GET, parse, list result names. */
final class DeliveryClient {

    static final String SEED = "/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature";

    private final RunningHost host;

    DeliveryClient(RunningHost host) {
        this.host = host;
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return host.get(pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery, String header, String value) throws Exception {
        return host.send(HttpRequest.newBuilder(host.uri(pathAndQuery)).header(header, value).GET().build());
    }

    /** GET expecting 200, parsed. */
    JsonNode json(String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        assertEquals(200, response.statusCode(), pathAndQuery + " → " + response.body());
        return Json.MAPPER.readTree(response.body());
    }

    /** The error body of a request expected to fail with this status. */
    JsonNode error(int status, String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        assertEquals(status, response.statusCode(), pathAndQuery + " → " + response.body());
        return Json.MAPPER.readTree(response.body()).path("error");
    }

    /** The {@code @name}s of a query's results, in order. */
    List<String> names(String pathAndQuery) throws Exception {
        List<String> names = new ArrayList<>();
        for (JsonNode result : json(pathAndQuery).path("results")) {
            names.add(result.path("@name").asText());
        }
        return names;
    }

    List<String> values(String pathAndQuery, String property) throws Exception {
        List<String> values = new ArrayList<>();
        for (JsonNode result : json(pathAndQuery).path("results")) {
            values.add(result.path(property).asText(null));
        }
        return values;
    }
}
