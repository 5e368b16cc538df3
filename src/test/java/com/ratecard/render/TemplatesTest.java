package com.ratecard.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one FreeMarker set-up every template shares: a template reads its view records' fields and
 * cannot reach anything else of Java, however it asks.
 */
class TemplatesTest {
    /** A view as the renderers pass them: a public record of the render package, with a list and a non-view object. */
    public record View(String name, List<Item> items, Path secret) {}

    public record Item(String label) {}

    @TempDir
    Path dir;

    private String render(Templates.Output output, String name, String source) throws Exception {
        Files.writeString(dir.resolve(name), source);
        Configuration config = Templates.configuration(dir, output);
        Template template = config.getTemplate(name);
        StringWriter out = new StringWriter();
        template.process(new View("Acme <b>", List.of(new Item("one"), new Item("two")), Path.of("/etc/passwd")), out);
        return out.toString();
    }

    private static final List<String> ATTACKS = List.of(
            "${getClass()}",
            "${getClass().getProtectionDomain()}",
            "${name.getClass()}",
            "${items[0].getClass().getProtectionDomain().getCodeSource()}",
            "${class}",
            "${hashCode()}",
            "${toString()}",
            "${name()}",
            "${items[0]}",
            "${.data_model}",
            "${equals(name)?c}",
            "${items[0]}",
            "${secret}",
            "${secret.toAbsolutePath()}",
            "${secret.fileSystem}",
            "${items?api.get(0)}",
            "${name?api.getBytes()}",
            "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
            "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/tmp/x\")}",
            "${\"java.lang.Runtime\"?new()}",
            "${\"getClass()\"?eval}",
            "${\"items[0].getClass().getProtectionDomain()\"?eval}",
            "<#assign t = \"$\" + \"{getClass()}\"><@t?interpret />",
            "<#list items[0]?keys as k>${k}:</#list><#list secret?keys as k>${k}</#list>",
            "<#include \"../../../../etc/passwd\">",
            "<#import \"/../outside.ftl\" as o>");

    @Test
    void everyAttackFailsInBothOutputs() throws Exception {
        int n = 0;
        for (Templates.Output output : Templates.Output.values()) {
            for (String attack : ATTACKS) {
                String name = "attack" + n++ + (output == Templates.Output.XHTML ? ".ftlh" : ".ftl");
                Exception e = assertThrows(Exception.class, () -> {
                    String result = render(output, name, attack);
                    throw new AssertionError(output + ": " + attack + " rendered \"" + result + "\"");
                }, attack);
                assertTrue(e instanceof TemplateException || e instanceof java.io.IOException, attack + " -> " + e);
            }
        }
    }

    @Test
    void aViewListsAndShowsOnlyItsFields() throws Exception {
        assertEquals("name,items,secret,", render(Templates.Output.BY_EXTENSION, "keys.ftl", "<#list .data_model?keys as k>${k},</#list>"));
        assertEquals("label,", render(Templates.Output.BY_EXTENSION, "item.ftl", "<#list items[0]?keys as k>${k},</#list>"));
        assertEquals("Acme &lt;b&gt; one two", render(Templates.Output.XHTML, "ok.ftlh", "${name} <#list items as i>${i.label}<#sep> </#list>"));
        assertEquals("Acme <b> 2", render(Templates.Output.BY_EXTENSION, "ok.ftl", "${name} ${items?size}"));
        assertEquals("Acme &lt;b&gt;", render(Templates.Output.BY_EXTENSION, "ok.ftlh", "${name}"), ".ftlh escapes HTML");
    }
}
