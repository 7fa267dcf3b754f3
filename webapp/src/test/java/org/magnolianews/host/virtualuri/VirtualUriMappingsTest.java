package org.magnolianews.host.virtualuri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionProblem;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.definition.YamlReader;

class VirtualUriMappingsTest {

    private final List<DefinitionProblem> problems = new ArrayList<>();

    @Test
    void aRegexpMappingForwardsWithItsGroupsReplaced() {
        VirtualUriMappings mappings = read(mapping("news", "^/news/(.+)\\\\.html$", "forward:/news/article?item=/$1"));
        assertEquals(List.of(), problems);
        VirtualUriMapping.Result result = mappings.map("/news/2017/11/talks.html").orElseThrow();
        assertEquals(VirtualUriMapping.Action.FORWARD, result.action());
        assertEquals("/news/article?item=/2017/11/talks", result.uri());
        assertEquals(Optional.empty(), mappings.map("/news.html"), "the section page is not an item");
        assertEquals(Optional.empty(), mappings.map(result.uri()), "the target is not mapped again");
    }

    @Test
    void theMappingWithMoreGroupsWinsAsMagnoliasWeightSays() {
        VirtualUriMappings mappings = read(
                mapping("any", "^/old/(.*)$", "redirect:/new/$1"),
                mapping("dated", "^/old/(\\\\d{4})/(.*)$", "permanent:/archive/$1/$2"));
        VirtualUriMapping.Result result = mappings.map("/old/2017/x.html").orElseThrow();
        assertEquals(VirtualUriMapping.Action.PERMANENT, result.action());
        assertEquals("/archive/2017/x.html", result.uri());
        assertEquals(VirtualUriMapping.Action.REDIRECT, mappings.map("/old/x.html").orElseThrow().action());
    }

    @Test
    void brokenMappingsAreReportedWithTheirFileAndLineAndLeftOut() {
        VirtualUriMappings mappings = read(
                mapping("syntax", "^/news/(.+\\\\.html$", "forward:/x?item=$1"),
                mapping("group", "^/news/(.+)$", "forward:/x?item=$2"),
                mapping("prefix", "^/news/(.+)$", "/x?item=$1"),
                definition("kind", "class: info.magnolia.virtualuri.mapping.DefaultVirtualUriMapping\nfromUri: /a\ntoUri: forward:/b\n"),
                definition("empty", "class: " + VirtualUriMappings.REGEXP_MAPPING + "\ntoUri: forward:/b\n"));
        assertEquals(List.of(
                "test-module/virtualUriMappings/syntax.yaml:2: fromUri is not a valid regular expression: Unclosed group near index 17",
                "test-module/virtualUriMappings/group.yaml:3: toUri refers to $2 but fromUri has 1 group",
                "test-module/virtualUriMappings/prefix.yaml:3: toUri must start with forward:, redirect: or permanent:; found '/x?item=$1'",
                "test-module/virtualUriMappings/kind.yaml:1: virtual URI mapping class must be " + VirtualUriMappings.REGEXP_MAPPING
                        + " (the only kind this host implements); found info.magnolia.virtualuri.mapping.DefaultVirtualUriMapping",
                "test-module/virtualUriMappings/empty.yaml:1: a virtual URI mapping needs fromUri (a regular expression) and toUri"),
                problems.stream().map(DefinitionProblem::toString).toList());
        assertEquals(Optional.empty(), mappings.map("/news/x.html"), "none of them maps anything");
    }

    private VirtualUriMappings read(Definition... definitions) {
        return VirtualUriMappings.read(List.of(definitions), problems);
    }

    private static Definition mapping(String name, String fromUri, String toUri) {
        return definition(name, "class: " + VirtualUriMappings.REGEXP_MAPPING + "\nfromUri: \"" + fromUri + "\"\ntoUri: " + toUri + "\n");
    }

    private static Definition definition(String name, String yaml) {
        String file = "test-module/virtualUriMappings/" + name + ".yaml";
        return new Definition(DefinitionType.VIRTUAL_URI_MAPPING, "test-module:" + name, "test-module", name, file,
                new YamlReader(path -> Optional.empty()).read(yaml, file));
    }
}
