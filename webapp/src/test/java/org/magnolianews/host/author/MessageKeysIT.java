package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.testing.RunningHost;

/**
 * The author UI labels forms with the module's keys in Magnolia's patterns (issue 8): a content app's field
 * {@code <app>.<field>.label}, a multi field's inner field {@code <app>.<field>.field.<inner>.label}, a dialog's
 * field {@code <module>.<dialog path with dots>.<field>.label}; the site's own keys are prefixed by the module.
 */
class MessageKeysIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static AuthorClient russian;

    @BeforeAll
    static void start() throws Exception {
        russian = new AuthorClient(host.host().port());
        assertEquals(303, russian.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        russian.get("/language?lang=ru");
    }

    @Test
    void aComponentDialogsFieldsAreLabelledByTheDialogsKeys() throws Exception {
        HttpResponse<String> dialog = russian.get("/pages/component?path=/home/main/0");
        assertEquals(200, dialog.statusCode(), dialog.body());
        assertTrue(dialog.body().contains("Материалов на странице"), "news-module.components.latest-news.pageSize.label");
        assertTrue(dialog.body().contains("Только эта тема"), "news-module.components.latest-news.subject.label");
    }

    @Test
    void anAppsFieldsAndItsMultiFieldsInnerFieldsAreLabelledByTheAppsKeys() throws Exception {
        String path = host.host().context().repository().call("publications", s -> {
            javax.jcr.NodeIterator it = s.getWorkspace().getQueryManager()
                    .createQuery("//element(*, news:publication)", javax.jcr.query.Query.XPATH).execute().getNodes();
            return it.nextNode().getPath();
        });
        HttpResponse<String> form = russian.get("/app/edit?app=publications&path=" + path);
        assertEquals(200, form.statusCode(), form.body());
        assertTrue(form.body().contains("Где купить (URL)"), "publications.purchaseUrl.label");
        assertTrue(form.body().contains(">Страна"), "publications.releases.field.country.label");
    }

    @Test
    void theSitesOwnMessagesCarryTheModulesPrefix() throws Exception {
        HttpResponse<String> missing = host.get("/ru/no-such-page.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Страница не найдена"), "news-module.site.notFound");
    }
}
