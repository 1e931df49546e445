package dev.candor.model.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.Test;

import dev.candor.model.CandorPackage;

/** Every translation of the model's messages has exactly the keys of the English file. */
public class TranslationsTest {

    private static final String[] LANGUAGES = { "ru", "uk", "pl", "hu" };

    private static Properties load(String resource) throws IOException {
        try (InputStream in = CandorPackage.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull("missing " + resource, in);
            Properties p = new Properties();
            p.load(in);
            return p;
        }
    }

    private static void assertSameKeys(String base) throws IOException {
        Properties english = load(base + ".properties");
        for (String language : LANGUAGES) {
            Properties translated = load(base + "_" + language + ".properties");
            assertEquals(base + " in " + language, new TreeSet<>(english.stringPropertyNames()),
                    new TreeSet<>(translated.stringPropertyNames()));
        }
    }

    @Test
    public void invariantMessagesAreTranslated() throws IOException {
        assertSameKeys("dev/candor/model/internal/messages");
    }

    @Test
    public void validationMessagesAreTranslated() throws IOException {
        assertSameKeys("dev/candor/model/validation/messages");
    }
}
