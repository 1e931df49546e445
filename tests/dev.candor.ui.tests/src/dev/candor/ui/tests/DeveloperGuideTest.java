package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.junit.Test;

/** The extension developer guide is in the help system: its table of contents and every page it names. */
public class DeveloperGuideTest {

    /** The page a help href names (/bundle/path#anchor), read from its bundle. */
    private static String page(String href) throws Exception {
        String[] parts = href.replaceFirst("#.*", "").split("/", 3);
        java.net.URL url = org.eclipse.core.runtime.FileLocator.find(org.eclipse.core.runtime.Platform.getBundle(parts[1]),
                new org.eclipse.core.runtime.Path(parts[2]), null);
        assertNotNull("no page " + href, url);
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    public void theGuideIsInTheHelpSystemWithEveryPageItNames() throws Exception {
        IToc guide = Arrays.stream(HelpSystem.getTocs()).filter(t -> t.getLabel().equals("Candor Extension Developer Guide"))
                .findFirst().orElseThrow(() -> new AssertionError("no guide among " + Arrays.toString(HelpSystem.getTocs())));
        List<String> chapters = Arrays.stream(guide.getTopics()).map(ITopic::getLabel).toList();
        assertEquals(List.of("Setting up a target platform", "Writing a bundle", "Testing", "Shipping"), chapters);
        ITopic writing = guide.getTopics()[1];
        assertTrue(Arrays.stream(writing.getSubtopics()).anyMatch(t -> t.getLabel().equals("An ethics check")));
        for (ITopic chapter : guide.getTopics()) {
            String text = page(chapter.getHref());
            assertTrue(chapter.getHref(), text.contains("<h1>" + chapter.getLabel().replace("'", "&#x27;") + "</h1>")
                    || text.contains("<h1>" + chapter.getLabel() + "</h1>"));
            for (ITopic section : chapter.getSubtopics()) {
                String anchor = section.getHref().substring(section.getHref().indexOf('#') + 1);
                assertTrue(section.getHref(), text.contains("id=\"" + anchor + "\""));
            }
        }
        assertTrue(page(guide.getTopics()[2].getHref()).contains("dev.candor.extensions.manage"));
    }
}
