package org.magnolianews.host.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import javax.jcr.PropertyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.security.UserStore;
import org.magnolianews.host.testing.RunningHost;

/** The management API stores a component's dialog values with the JCR types Magnolia's fields store (issue 8). */
class DialogValueTypesApiIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    @Test
    void aCheckboxValueIsStoredAsBooleanALongFieldsAsLongAndAnythingElseIsRefusedNamingTheField() throws Exception {
        ApiClient admin = ApiClient.basic(host, UserStore.SUPERUSER, RunningHost.ADMIN_PASSWORD);
        HttpResponse<String> flag = admin.send("POST", "/.rest/nodes/v1/website/home/aside/0",
                "{\"properties\":[{\"name\":\"showCounts\",\"values\":[\"false\"]}]}");
        assertTrue(flag.statusCode() < 300, flag.body());
        assertEquals(PropertyType.BOOLEAN, type("/home/aside/0", "showCounts"));
        HttpResponse<String> size = admin.send("POST", "/.rest/nodes/v1/website/home/main/0",
                "{\"properties\":[{\"name\":\"pageSize\",\"values\":[\"12\"]}]}");
        assertTrue(size.statusCode() < 300, size.body());
        assertEquals(PropertyType.LONG, type("/home/main/0", "pageSize"));

        HttpResponse<String> bad = admin.send("POST", "/.rest/nodes/v1/website/home/aside/0",
                "{\"properties\":[{\"name\":\"showCounts\",\"values\":[\"maybe\"]}]}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("showCounts") && bad.body().contains("must be true or false"), bad.body());
    }

    private static int type(String path, String property) {
        return host.host().context().repository().call("website", s -> s.getNode(path).getProperty(property).getType());
    }
}
