package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.data.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProposalTemplatesTest {
    @TempDir
    Path dir;

    public record Item(String name, long amount) {}

    public record Model(String title, List<Item> items) {}

    static final Model MODEL = new Model("<script>alert(1)</script> & \"Zoë\" 'Łukasiewicz'", List.of(new Item("a", 1500)));

    private ProposalTemplates templates(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
        return new ProposalTemplates(dir);
    }

    @Test
    void recordComponentsReadAsPropertiesAndTextIsEscapedAsXhtml() throws IOException {
        String out = templates("t.ftlh", "<p>${title}</p><#list items as i><i>${i.name}=${i.amount}</i></#list>").render("t.ftlh", MODEL);
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zoë&quot; &#39;Łukasiewicz&#39;</p><i>a=1,500</i>", out);
    }

    @Test
    void newBuiltInCannotReachJavaClasses() throws IOException {
        Path marker = dir.resolve("executed");
        ProposalTemplates t = templates("evil.ftlh", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}");
        InputException e = assertThrows(InputException.class, () -> t.render("evil.ftlh", MODEL));
        assertTrue(e.getMessage().contains("evil.ftlh:1:"), e.getMessage());
        assertFalse(Files.exists(marker));
        ProposalTemplates runtime = templates("runtime.ftlh", "${\"java.lang.Runtime\"?new()}");
        assertThrows(InputException.class, () -> runtime.render("runtime.ftlh", MODEL));
    }

    @Test
    void apiBuiltInIsOff() throws IOException {
        ProposalTemplates t = templates("api.ftlh", "${items?api.getClass().getName()}");
        InputException e = assertThrows(InputException.class, () -> t.render("api.ftlh", MODEL));
        assertTrue(e.getMessage().contains("api.ftlh:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("api"), e.getMessage());
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() throws IOException {
        ProposalTemplates t = templates("broken.ftlh", "<p>one</p>\n<p>two</p>\n<#if title>\n<p>never closed</p>\n");
        InputException e = assertThrows(InputException.class, () -> t.render("broken.ftlh", MODEL));
        assertTrue(e.getMessage().startsWith(dir.resolve("broken.ftlh") + ":"), e.getMessage());
        assertTrue(e.getMessage().matches(".*broken\\.ftlh:[345]: template: .*"), e.getMessage());
        assertEquals("template", e.field());
    }

    @Test
    void aMissingValueNamesTheFileLineAndExpression() throws IOException {
        ProposalTemplates t = templates("missing.ftlh", "<p>${title}</p>\n<p>${cover.client}</p>\n");
        InputException e = assertThrows(InputException.class, () -> t.render("missing.ftlh", MODEL));
        assertTrue(e.getMessage().startsWith(dir.resolve("missing.ftlh") + ":2: template: "), e.getMessage());
        assertTrue(e.getMessage().contains("cover (column 6)"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void anErrorInAnIncludedFileNamesThatFile() throws IOException {
        Files.writeString(dir.resolve("style.css"), "p { color: red; }\nh1 { color: ${brand.primary}; }\n");
        ProposalTemplates t = templates("page.ftlh", "<style>\n<#include \"style.css\">\n</style>");
        InputException e = assertThrows(InputException.class, () -> t.render("page.ftlh", MODEL));
        assertTrue(e.getMessage().startsWith(dir.resolve("style.css") + ":2: "), e.getMessage());
    }

    @Test
    void aMissingFolderOrTemplateIsReported() throws IOException {
        InputException folder = assertThrows(InputException.class, () -> new ProposalTemplates(dir.resolve("nope")));
        assertTrue(folder.getMessage().contains("nope"), folder.getMessage());
        ProposalTemplates t = templates("t.ftlh", "x");
        InputException file = assertThrows(InputException.class, () -> t.render("other.ftlh", MODEL));
        assertTrue(file.getMessage().contains("other.ftlh"), file.getMessage());
    }

    @Test
    void templatesCannotIncludeFilesOutsideTheirFolder() throws IOException {
        Path outside = dir.resolve("secret.txt");
        Files.writeString(outside, "secret");
        Path folder = Files.createDirectory(dir.resolve("proposal"));
        Files.writeString(folder.resolve("t.ftlh"), "<#include \"../secret.txt\">");
        ProposalTemplates t = new ProposalTemplates(folder);
        assertThrows(InputException.class, () -> t.render("t.ftlh", MODEL));
    }
}
