package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.localization.BundleLocalization;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Issue 20, item 11: the platform's own texts a Candor user sees come in Russian, Ukrainian,
 * Polish and Hungarian, from Candor's translation fragments of the platform bundles. Each
 * fragment is attached to its host in the running product; every translated key exists in the
 * host (none stale), the four languages translate the same keys with the same placeholders, and
 * the texts of the menus and dialogs every user meets are translated, found where the platform
 * looks for them (the host's class loader for NLS classes, bundle localization for plugin.xml).
 */
public class PlatformTranslationsTest {

    private static final List<String> LANGUAGES = List.of("ru", "uk", "pl", "hu");
    private static final Map<String, String> FRAGMENTS = Map.of("dev.candor.nls.jface", "org.eclipse.jface",
            "dev.candor.nls.workbench", "org.eclipse.ui.workbench", "dev.candor.nls.renderers",
            "org.eclipse.e4.ui.workbench.renderers.swt", "dev.candor.nls.e4swt", "org.eclipse.e4.ui.workbench.swt",
            "dev.candor.nls.e4dialogs", "org.eclipse.e4.ui.dialogs", "dev.candor.nls.ui", "org.eclipse.ui",
            "dev.candor.nls.views", "org.eclipse.ui.views", "dev.candor.nls.log", "org.eclipse.ui.views.log",
            "dev.candor.nls.forms", "org.eclipse.ui.forms");
    /** Message file, key: the texts of the menus and dialogs every Candor user meets. */
    private static final String[][] SEEN = {
            { "org/eclipse/jface/messages", "cancel" }, { "org/eclipse/jface/messages", "close" },
            { "org/eclipse/jface/messages", "apply" }, { "org/eclipse/jface/messages", "defaults" },
            { "org/eclipse/jface/messages", "yes" }, { "org/eclipse/jface/messages", "no" },
            { "org/eclipse/jface/messages", "showDetails" }, { "org/eclipse/jface/messages", "PreferencesDialog.okButtonLabel" },
            { "org/eclipse/jface/messages", "PreferenceDialog.title" },
            { "org/eclipse/ui/internal/messages", "SaveAction_text" },
            { "org/eclipse/ui/internal/messages", "CloseEditorAction_text" },
            { "org/eclipse/ui/internal/messages", "Exit_text" },
            { "org/eclipse/ui/internal/messages", "EditActionSetsAction_text" },
            { "org/eclipse/ui/internal/messages", "SavePerspective_text" },
            { "org/eclipse/ui/internal/messages", "ResetPerspective_text" },
            { "org/eclipse/ui/internal/messages", "OpenPreferences_text" },
            { "org/eclipse/ui/internal/messages", "AboutAction_text" },
            { "org/eclipse/ui/internal/messages", "AboutDialog_DetailsButton" },
            { "org/eclipse/ui/internal/progress/messages", "ProgressMonitorFocusJobDialog_RunInBackgroundButton" } };
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*\\}");

    private static Bundle bundle(String name) {
        Bundle bundle = Platform.getBundle(name);
        assertNotNull(name + " is not in the product", bundle);
        return bundle;
    }

    private static Properties load(URL url) throws IOException {
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(in);
        }
        return p;
    }

    /** The message files of a fragment, without the language: org/eclipse/jface/messages, plugin. */
    private static List<String> files(Bundle fragment) {
        List<String> result = new ArrayList<>();
        for (URL url : Collections.list(fragment.findEntries("/", "*_ru.properties", true))) {
            String path = url.getPath().substring(1);
            result.add(path.substring(0, path.length() - "_ru.properties".length()));
        }
        return result;
    }

    @Test
    public void everyFragmentIsAttachedAndTranslatesTheSameKeysOfItsHostInEveryLanguage() throws Exception {
        int keys = 0;
        for (Map.Entry<String, String> e : FRAGMENTS.entrySet()) {
            Bundle fragment = bundle(e.getKey());
            Bundle host = bundle(e.getValue());
            assertTrue(e.getKey() + " is a fragment", (fragment.adapt(BundleRevision.class).getTypes()
                    & BundleRevision.TYPE_FRAGMENT) != 0);
            assertEquals(e.getKey() + " is attached to " + e.getValue(), Bundle.RESOLVED, fragment.getState());
            List<String> files = files(fragment);
            assertTrue(e.getKey() + " translates something", !files.isEmpty());
            for (String file : files) {
                URL base = host.getEntry(file + ".properties");
                assertNotNull(file + ".properties is not in " + e.getValue() + ": stale", base);
                Properties english = load(base);
                TreeSet<String> translated = null;
                for (String language : LANGUAGES) {
                    URL url = fragment.getEntry(file + "_" + language + ".properties");
                    assertNotNull(file + " has no " + language, url);
                    Properties t = load(url);
                    TreeSet<String> names = new TreeSet<>(t.stringPropertyNames());
                    if (translated == null) {
                        translated = names;
                    }
                    assertEquals(file + ": " + language + " translates other keys than ru", translated, names);
                    for (String key : names) {
                        String source = english.getProperty(key);
                        assertNotNull(file + " " + key + " is not in " + e.getValue() + ": stale", source);
                        // JFace appends an English plural "s" as {1}: the translations leave it out
                        if (!key.equals("ExpandableNode.showRemaining")) {
                            assertEquals(file + " " + key + " " + language + " placeholders", placeholders(source),
                                    placeholders(t.getProperty(key)));
                        }
                    }
                }
                keys += translated.size();
            }
        }
        assertTrue("about 900 texts of the platform are translated: " + keys, keys > 850);
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        Collections.sort(found);
        return found;
    }

    @Test
    public void theMenusAndButtonsEveryUserMeetsAreTranslatedWhereThePlatformLooks() throws Exception {
        for (String[] seen : SEEN) {
            Bundle host = seen[0].startsWith("org/eclipse/jface") ? bundle("org.eclipse.jface")
                    : bundle("org.eclipse.ui.workbench");
            Properties english = load(host.getEntry(seen[0] + ".properties"));
            for (String language : LANGUAGES) {
                // NLS finds a language's file through the host's class loader, which includes its fragments
                URL url = host.getResource(seen[0] + "_" + language + ".properties");
                assertNotNull(seen[0] + " " + language + " is not where NLS looks", url);
                String text = load(url).getProperty(seen[1]);
                assertNotNull(seen[1] + " " + language, text);
                assertNotEquals(seen[1] + " " + language + " is still English", english.getProperty(seen[1]), text);
            }
        }
        // plugin.xml texts (view names, commands) through the framework's bundle localization
        BundleLocalization localization = localization();
        for (String[] seen : new String[][] { { "org.eclipse.ui.views.log", "views.errorLog.name", "Error Log" },
                { "org.eclipse.ui.views", "Views.PropertySheet", "Properties" },
                { "org.eclipse.ui.views", "Views.ContentOutline", "Outline" } }) {
            for (String language : LANGUAGES) {
                ResourceBundle texts = localization.getLocalization(bundle(seen[0]), language);
                assertNotEquals(seen[1] + " " + language, seen[2], texts.getString(seen[1]));
            }
        }
    }

    private static BundleLocalization localization() throws InterruptedException {
        ServiceTracker<BundleLocalization, BundleLocalization> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(PlatformTranslationsTest.class).getBundleContext(), BundleLocalization.class, null);
        tracker.open();
        return tracker.waitForService(10_000);
    }
}
