package org.magnolianews.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import javax.jcr.PropertyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.author.AuthorClient;
import org.magnolianews.host.content.DialogValueMigration;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.host.testing.RunningHost;

/**
 * Dialog values are stored with the JCR types Magnolia's fields store (issue 8): a checkbox a Boolean, a Long field
 * a Long, a date a Date; sample content, the author's dialogs and the start-up migration of old String values alike,
 * and the templates render them (a Boolean false hides what it switches off).
 */
class DialogValueTypesIT {

    private static final String SUBJECT_NAVIGATION = "/home/aside/0";
    private static final String LATEST_NEWS = "/home/main/0";
    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    @Test
    void sampleContentStoresCheckboxesAsBooleanLongFieldsAsLongAndItemDatesAsDate() {
        assertEquals(PropertyType.BOOLEAN, type(WorkspaceLayout.WEBSITE, SUBJECT_NAVIGATION, "showCounts"));
        assertEquals(PropertyType.LONG, type(WorkspaceLayout.WEBSITE, LATEST_NEWS, "pageSize"));
        assertEquals(PropertyType.BOOLEAN, type(WorkspaceLayout.live(WorkspaceLayout.WEBSITE), SUBJECT_NAVIGATION, "showCounts"));
        int dateType = host.host().context().repository().call("news", s -> s.getNode(
                "/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature").getProperty("date").getType());
        assertEquals(PropertyType.DATE, dateType);
    }

    @Test
    void theAuthorsDialogStoresAnUncheckedBoxAsBooleanFalseAndTheSiteHidesWhatItSwitchesOff() throws Exception {
        assertTrue(host.get("/").body().contains("class=\"count\""), "counts shown while showCounts is true");
        AuthorClient editor = new AuthorClient(host.host().port());
        assertEquals(303, editor.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        HttpResponse<String> saved = editor.postWithToken("/pages/component", Map.of("path", SUBJECT_NAVIGATION, "heading", "Subjects"));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals(PropertyType.BOOLEAN, type(WorkspaceLayout.WEBSITE, SUBJECT_NAVIGATION, "showCounts"));
        boolean showCounts = host.host().context().repository().call(WorkspaceLayout.WEBSITE,
                s -> s.getNode(SUBJECT_NAVIGATION).getProperty("showCounts").getBoolean());
        assertFalse(showCounts);
        host.host().context().content().publish(WorkspaceLayout.WEBSITE, "/home", false, "test");
        HttpResponse<String> home = host.get("/");
        assertEquals(200, home.statusCode());
        assertFalse(home.body().contains("class=\"count\""), "a Boolean false hides the counts");

        HttpResponse<String> latest = editor.postWithToken("/pages/component", Map.of("path", LATEST_NEWS, "pageSize", "7", "heading", "Latest"));
        assertEquals(303, latest.statusCode(), latest.body());
        assertEquals(PropertyType.LONG, type(WorkspaceLayout.WEBSITE, LATEST_NEWS, "pageSize"));
        long pageSize = host.host().context().repository().call(WorkspaceLayout.WEBSITE,
                s -> s.getNode(LATEST_NEWS).getProperty("pageSize").getLong());
        assertEquals(7L, pageSize);
    }

    @Test
    void valuesAnEarlierHostStoredAsStringsAreConvertedOnceAtStartAndStillRender() throws Exception {
        String component = "/home/aside/0";
        host.host().context().repository().call(WorkspaceLayout.live(WorkspaceLayout.WEBSITE), s -> {
            s.getNode(component).getProperty("showCounts").remove();
            s.getNode(component).setProperty("showCounts", "true");
            s.save();
            return null;
        });
        assertEquals(PropertyType.STRING, type(WorkspaceLayout.live(WorkspaceLayout.WEBSITE), component, "showCounts"));
        setMark(null); // an earlier host left no mark
        DialogValueMigration migration = migration();
        assertTrue(migration.run() >= 1);
        assertEquals(PropertyType.BOOLEAN, type(WorkspaceLayout.live(WorkspaceLayout.WEBSITE), component, "showCounts"));
        assertEquals(0, migration.run(), "nothing left to convert the second time");
    }

    @Test
    void aStartWithTheSameTypedFieldsSkipsTheScanAndOneWithOtherFieldTypesScansAgain() {
        assertFalse(mark().isEmpty(), "the host's start left its mark");
        String component = "/home/aside/0";
        storeAsString(component, "showCounts", "true");
        assertEquals(0, migration().run(), "same typed fields as the finished run: the website workspaces are not scanned");
        assertEquals(PropertyType.STRING, type(WorkspaceLayout.live(WorkspaceLayout.WEBSITE), component, "showCounts"));
        String current = mark();
        setMark("typed fields of other definitions");
        assertTrue(migration().run() >= 1, "definitions that type fields differently: scanned again");
        assertEquals(PropertyType.BOOLEAN, type(WorkspaceLayout.live(WorkspaceLayout.WEBSITE), component, "showCounts"));
        assertEquals(current, mark(), "the new run's mark");
    }

    private static DialogValueMigration migration() {
        return new DialogValueMigration(host.host().context().repository(), host.host().context().definitions(), Languages.EN_RU);
    }

    private static void storeAsString(String component, String property, String value) {
        host.host().context().repository().call(WorkspaceLayout.live(WorkspaceLayout.WEBSITE), s -> {
            s.getNode(component).getProperty(property).remove();
            s.getNode(component).setProperty(property, value);
            s.save();
            return null;
        });
    }

    private static String mark() {
        return host.host().context().repository().call("default", s -> s.getRootNode().hasProperty(DialogValueMigration.MARK)
                ? s.getRootNode().getProperty(DialogValueMigration.MARK).getString() : "");
    }

    private static void setMark(String value) {
        host.host().context().repository().call("default", s -> {
            s.getRootNode().setProperty(DialogValueMigration.MARK, value);
            s.save();
            return null;
        });
    }

    private static int type(String workspace, String path, String property) {
        return host.host().context().repository().call(workspace, s -> s.getNode(path).getProperty(property).getType());
    }
}
