package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.repository.LiveGate;

/** What a kept reference target is written as, and when it is used ({@link ResolvedTargets}). */
class ResolvedTargetsTest {

    private static final EndpointDefinition NEWS = new EndpointDefinition("delivery/news", "news", "/", List.of("news:article"),
            List.of("mgnl:contentNode"), false, 1, true, 10, List.of(), Map.of());
    private static final RenderContext ENGLISH = new RenderContext(NEWS, new LanguageChoice("en", List.of(), false), null, null, null);
    private static final String ID = "0c5e2f4a-1b2c-4d3e-8f90-a1b2c3d4e5f6";

    private final LiveGate gate = new LiveGate();
    private final ResolvedTargets targets = new ResolvedTargets(1024 * 1024, gate);
    private final AtomicInteger reads = new AtomicInteger();

    private static ReferenceDefinition reference(boolean generateLink) {
        return new ReferenceDefinition(null, Pattern.compile("subjects"), ReferenceDefinition.Kind.JCR, "subjects", true,
                generateLink, List.of(), false);
    }

    private Optional<Object> resolve(ReferenceDefinition reference, Map<String, Object> target) throws Exception {
        return targets.resolve(reference, ID, ENGLISH, () -> {
            reads.incrementAndGet();
            return Optional.of(target);
        });
    }

    @Test
    void aKeptTargetIsTheBytesTheResponseWriterMakesOfItsMap() throws Exception {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("@path", "/politics");
        target.put("name", "Emoji \uD83D\uDE00, a lone \uD800 surrogate, \"quotes\", \\ and <b>markup</b>");
        target.put("name_ru", "Политика");
        target.put("aliases", List.of("one", "two"));
        target.put("@nodes", List.of());
        byte[] expected = Json.MAPPER.writeValueAsBytes(Map.of("subjects", List.of(target)));
        for (int i = 0; i < 2; i++) { // written, then kept
            Object resolved = resolve(reference(false), target).orElseThrow();
            assertArrayEquals(expected, Json.MAPPER.writeValueAsBytes(Map.of("subjects", List.of(resolved))),
                    new String(Json.MAPPER.writeValueAsBytes(Map.of("subjects", List.of(resolved))), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(1, reads.get(), "the second response took the kept target");
    }

    @Test
    void aCommitToTheLiveSideEndsTheUseOfTargetsReadBeforeIt() throws Exception {
        Map<String, Object> target = Map.of("@path", "/politics", "name", "Politics");
        resolve(reference(false), target);
        resolve(reference(false), target);
        assertEquals(1, reads.get());
        gate.commit(() -> { }); // a publish ended; its purge has not run
        resolve(reference(false), target);
        assertEquals(2, reads.get(), "read again: the response must not mix the target from before the commit with what it reads now");
        resolve(reference(false), target);
        assertEquals(2, reads.get(), "kept again, read after the commit");
    }

    @Test
    void targetsWrittenWithAndWithoutTheirLinkAreKeptApart() throws Exception {
        Map<String, Object> target = Map.of("@path", "/politics", "name", "Politics");
        resolve(reference(false), target);
        resolve(reference(true), target);
        assertEquals(2, reads.get(), "two unnamed references to one workspace, one generating links");
    }
}
