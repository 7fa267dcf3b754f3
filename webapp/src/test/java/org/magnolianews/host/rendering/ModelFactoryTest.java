package org.magnolianews.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import info.magnolia.cms.i18n.I18nContentSupport;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.model.RenderingModelImpl;
import info.magnolia.rendering.template.RenderableDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.jcr.Node;
import javax.jcr.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionException;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.definition.YamlReader;
import org.magnolianews.host.testing.OpenContext;
import org.magnolianews.news.rendering.DirectItemCounts;
import org.magnolianews.news.rendering.ItemCounts;
import org.magnolianews.news.rendering.SiteClock;

/**
 * The host creates models as Magnolia does (issue 8): through Magnolia's constructor
 * {@code (Node, RD, RenderingModel<?>)} plus components registered by type, for every model of the news
 * module; and a {@code modelClass} Magnolia could not create is reported as its definition's file:line.
 */
class ModelFactoryTest {

    private static final SiteClock CLOCK = new SiteClock(Clock.fixed(Instant.parse("2020-05-01T10:00:00Z"), ZoneOffset.UTC));
    private static OpenContext open;
    private static Session website;
    private static ModelFactory factory;

    @BeforeAll
    static void start() throws Exception {
        open = OpenContext.fresh();
        website = open.context().repository().login("website");
        website.getRootNode().addNode("model-factory-test", "mgnl:page");
        website.save();
        factory = new ModelFactory(ModelFactoryTest.class.getClassLoader(), Map.of(
                I18nContentSupport.class, new HostI18nContentSupport(open.context().languages()),
                SiteClock.class, CLOCK,
                ItemCounts.class, new DirectItemCounts()));
    }

    @AfterAll
    static void stop() throws Exception {
        website.getNode("/model-factory-test").remove();
        website.save();
        website.logout();
        open.close();
    }

    /** A model written the Magnolia way, reporting what it was given. */
    public static class ProbeModel<RD extends RenderableDefinition> extends RenderingModelImpl<RD> {
        final SiteClock clock;

        @Inject
        public ProbeModel(Node content, RD definition, RenderingModel<?> parent, SiteClock clock) {
            super(content, definition, parent);
            this.clock = clock;
        }
    }

    /** The shape issue 8 is about: a constructor taking a host-only record Magnolia never fills. */
    public static class HostRecordModel extends RenderingModelImpl<RenderableDefinition> {
        public HostRecordModel(Map<String, Object> hostContext) {
            super(null, null, null);
        }
    }

    /** A model asking for a component nobody registers. */
    public static class UnknownComponentModel extends RenderingModelImpl<RenderableDefinition> {
        @Inject
        public UnknownComponentModel(Node content, RenderableDefinition definition, RenderingModel<?> parent, Runnable task) {
            super(content, definition, parent);
        }
    }

    /** Not a model at all. */
    public static class PlainBean {
    }

    @Test
    void everyModelOfTheNewsModuleIsCreatedThroughMagnoliasConstructor() throws Exception {
        Node page = website.getNode("/model-factory-test");
        RenderingModel<?> parent = new RenderingModelImpl<>(page, null, null);
        int models = 0;
        for (Definition template : open.context().definitions().all(DefinitionType.TEMPLATE)) {
            if (template.string("modelClass").isEmpty() || !template.module().equals("news-module")) {
                continue;
            }
            RenderingModel<?> model = factory.create(template, page, parent).orElseThrow();
            assertTrue(model instanceof RenderingModelImpl, template.id());
            assertSame(page, model.getNode(), template.id());
            assertSame(parent, model.getParent(), template.id());
            assertEquals(template.id(), model.getDefinition().getId());
            assertEquals(template.string("templateScript").orElseThrow(), model.getDefinition().getTemplateScript());
            assertEquals(template.string("modelClass").orElseThrow(), model.getDefinition().getModelClass().getName());
            models++;
        }
        assertEquals(15, models, "eight component templates and seven page templates name a model");
    }

    @Test
    void injectedComponentsAndMagnoliasThreeArgumentsReachTheModel() throws Exception {
        Node page = website.getNode("/model-factory-test");
        ProbeModel<?> model = (ProbeModel<?>) factory.create(definition("probe", ProbeModel.class.getName()), page, null).orElseThrow();
        assertSame(CLOCK, model.clock);
        assertSame(page, model.getNode());
        assertEquals("test-module:components/probe", model.getDef().getId());
        assertSame(model, model.getRoot(), "no parent: the model is its own root");
    }

    @Test
    void aDefinitionWithoutModelClassHasNoModel() {
        assertEquals(Optional.empty(), factory.create(definition("plain", null), null, null));
    }

    @Test
    void aModelClassNotOnTheClassPathIsReportedAtItsLine() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> factory.create(definition("missing", "org.example.NoSuchModel"), null, null));
        assertEquals("test-module/templates/components/missing.yaml:4: modelClass org.example.NoSuchModel is not on the class path",
                e.getMessage());
    }

    @Test
    void aModelWithoutMagnoliasConstructorIsReportedAtItsLineWithWhatItTakes() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> factory.create(definition("old", HostRecordModel.class.getName()), null, null));
        assertTrue(e.getMessage().startsWith("test-module/templates/components/old.yaml:4: modelClass "
                + HostRecordModel.class.getName() + " has no constructor Magnolia can call"), e.getMessage());
        assertTrue(e.getMessage().contains("(javax.jcr.Node content, RenderableDefinition definition, RenderingModel<?> parent"),
                e.getMessage());
        assertTrue(e.getMessage().contains("HostRecordModel(Map) (cannot provide java.util.Map)"), e.getMessage());
        assertFalse(e.getMessage().contains("\tat "), "a message, not a stack trace");
    }

    @Test
    void aComponentNobodyRegistersIsNamed() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> factory.create(definition("unknown", UnknownComponentModel.class.getName()), null, null));
        assertTrue(e.getMessage().contains("cannot provide java.lang.Runnable"), e.getMessage());
        assertTrue(e.getMessage().startsWith("test-module/templates/components/unknown.yaml:4: "), e.getMessage());
    }

    @Test
    void aClassThatIsNoRenderingModelIsReported() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> factory.create(definition("bean", PlainBean.class.getName()), null, null));
        assertEquals("test-module/templates/components/bean.yaml:4: modelClass " + PlainBean.class.getName()
                + " is not a info.magnolia.rendering.model.RenderingModel (extend info.magnolia.rendering.model.RenderingModelImpl)",
                e.getMessage());
    }

    private static Definition definition(String name, String modelClass) {
        String file = "test-module/templates/components/" + name + ".yaml";
        String yaml = "title: " + name + "\nrenderType: freemarker\ntemplateScript: /test-module/templates/components/" + name + ".ftl\n"
                + (modelClass == null ? "" : "modelClass: " + modelClass + "\n");
        return new Definition(DefinitionType.TEMPLATE, "test-module:components/" + name, "test-module", "components/" + name,
                file, new YamlReader(path -> Optional.empty()).read(yaml, file));
    }
}
