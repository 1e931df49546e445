package dev.candor.services.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * The rule of the layers, checked on the source tree: views, handlers and dialogs (every
 * {@code *.ui} bundle, Candor's own and the example's) reach the database only through the
 * application services. None names the store's session or the store itself, so none can build
 * a transaction of its own, and none requires a bundle that only tests need.
 */
public class LayersTest {

    /** What only the application services may use. */
    private static final Pattern STORE_ACCESS = Pattern.compile(String.join("|",
            "\\bStoreSession\\b",
            "\\bCandorStore\\b",
            "\\bStoreAccess\\b",
            "\\bstore\\s*\\.\\s*call\\s*\\(",
            "\\.call\\s*\\(\\s*\\w+\\s*->"));

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("bundles")) && Files.isDirectory(dir.resolve("releng")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("not run inside the Candor source tree: " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static List<Path> uiBundles(Path root) throws IOException {
        try (Stream<Path> bundles = Files.list(root.resolve("bundles"))) {
            // a translation fragment (dev.candor.nls.ui) holds no code
            return bundles.filter(b -> b.getFileName().toString().endsWith(".ui") && Files.isDirectory(b.resolve("src")))
                    .sorted().toList();
        }
    }

    private static List<String> offending(Path root, Path bundle) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(bundle.resolve("src"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines;
                try {
                    lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).strip();
                    if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
                        continue;
                    }
                    if (STORE_ACCESS.matcher(code).find()) {
                        found.add(root.relativize(source) + ":" + (i + 1) + ": " + code);
                    }
                }
            }
        }
        return found;
    }

    @Test
    public void noUiBundleReachesTheStoreButThroughTheServices() throws Exception {
        Path root = root();
        List<Path> bundles = uiBundles(root);
        assertTrue("too few UI bundles found under " + root + ": " + bundles, bundles.size() >= 8);
        List<String> found = new ArrayList<>();
        for (Path bundle : bundles) {
            found.addAll(offending(root, bundle));
        }
        assertEquals("UI code that builds its own transactions; call an application service instead:\n"
                + String.join("\n", found), List.of(), found);
    }

    @Test
    public void theRuleCatchesWhatItForbids() {
        for (String line : List.of("CandorStore store = x;", "import dev.candor.store.StoreSession;",
                "store.call(s -> s.customers().count());", "holder.call(session -> null);")) {
            assertTrue(line, STORE_ACCESS.matcher(line).find());
        }
        for (String line : List.of("CustomerService service = Services.get(CustomerService.class).orElse(null);",
                "service.create(customer);", "commands.call(this)")) {
            assertTrue(line, !STORE_ACCESS.matcher(line).find());
        }
    }

    /** Production bundles carry no test or benchmark code: none requires a test bundle or JUnit. */
    @Test
    public void noProductionBundleNeedsTestCode() throws Exception {
        Path root = root();
        List<String> found = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(root.resolve("bundles"))) {
            for (Path bundle : bundles.sorted().toList()) {
                Path manifest = bundle.resolve("META-INF/MANIFEST.MF");
                if (!Files.exists(manifest)) {
                    continue;
                }
                try (var in = Files.newInputStream(manifest)) {
                    var attributes = new Manifest(in).getMainAttributes();
                    for (String header : new String[] { "Require-Bundle", "Import-Package" }) {
                        String value = attributes.getValue(header);
                        if (value != null && (value.contains("org.junit") || value.contains(".tests")
                                || value.contains("dev.candor.testing") || value.contains("benchmark"))) {
                            found.add(bundle.getFileName() + " " + header + ": " + value);
                        }
                    }
                }
            }
        }
        assertEquals(String.join("\n", found), List.of(), found);
    }

    /**
     * What only tests and the benchmark use: the start-up probe and the bare workbench
     * (tests/dev.candor.testing), the probes of views and dialogs (tests/*.probe fragments), and
     * accessors marked as being "for tests".
     */
    private static final Pattern TEST_CODE = Pattern.compile(
            "StartupProbe|BareWorkbench|candor\\.startupReport|candor\\.exitAfterStartup|candor\\.benchmark\\."
                    + "|\\b\\w+Probe\\b|\\.probe\\b|(?i:\\bfor (the )?tests\\b)");

    /** The start-up probe and the benchmark's baseline live in a bundle only tests install, not in Candor. */
    @Test
    public void noProductionBundleCarriesTheProbe() throws Exception {
        Path root = root();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("bundles"))) {
            for (Path file : files.filter(LayersTest::isCoreSource).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (TEST_CODE.matcher(lines.get(i)).find()) {
                        found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals("test code in Candor's bundles:\n" + String.join("\n", found), List.of(), found);
        assertTrue("the probe is in its own bundle", Files.exists(
                root.resolve("tests/dev.candor.testing/src/dev/candor/testing/internal/StartupProbe.java")));
        // what tests read in views and dialogs comes from fragments only tests install
        for (String fragment : List.of("dev.candor.ui", "dev.candor.profiles.ui", "dev.candor.history.ui",
                "dev.candor.commitments.ui", "dev.candor.ethics.ui", "dev.candor.examples.feedback.ui")) {
            String manifest = Files.readString(root.resolve("tests/" + fragment + ".probe/META-INF/MANIFEST.MF"));
            assertTrue(fragment + ".probe is a fragment of " + fragment,
                    manifest.contains("Fragment-Host: " + fragment + ";"));
        }
        try (Stream<Path> files = Files.walk(root.resolve("features"))) {
            for (Path feature : files.filter(p -> p.getFileName().toString().equals("feature.xml")).toList()) {
                assertFalse(feature + " installs a probe", Files.readString(feature).contains(".probe\""));
            }
        }
    }

    /** What is the example's and so must not be in core: its package, its classes, its tables. */
    private static final Pattern EXAMPLE = Pattern.compile(String.join("|",
            "dev\\.candor\\.examples",
            "\\bFeedback(Service|Rows|Repository|Due|Entry|Summary|Answer|Section|View)\\b",
            "\\bFEEDBACK\\s*\\(", "\\bFEEDBACK\\.", "TABLE\\s+FEEDBACK\\b", "name=\"Feedback",
            "\\bNps\\b"));

    /**
     * The example's data is the example's: no core bundle (model, store, services, features and
     * their UI) names its package, its classes or its tables. The ethics item about feedback is
     * core's own ({@code ItemCodes.FEEDBACK}, "Feedback").
     */
    @Test
    public void coreKnowsNothingOfTheExample() throws Exception {
        Path root = root();
        List<String> found = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(root.resolve("bundles"))) {
            for (Path bundle : bundles.filter(b -> !b.getFileName().toString().startsWith("dev.candor.examples")
                    && !b.getFileName().toString().equals("dev.candor.help")).sorted().toList()) {
                try (Stream<Path> files = Files.walk(bundle)) {
                    for (Path file : files.filter(LayersTest::isCoreSource).toList()) {
                        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                        for (int i = 0; i < lines.size(); i++) {
                            String line = lines.get(i);
                            if (EXAMPLE.matcher(line).find()) {
                                found.add(root.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                            }
                        }
                    }
                }
            }
        }
        assertEquals("core that knows the example:\n" + String.join("\n", found), List.of(), found);
    }

    @Test
    public void theExampleRuleCatchesWhatItForbids() {
        for (String line : List.of("import dev.candor.examples.feedback.Answer;", "List<FeedbackEntry> listReceived()",
                "CREATE TABLE FEEDBACK (ID BIGINT)", "SELECT * FROM FEEDBACK.ANSWER", "<eClassifiers name=\"Feedback\"")) {
            assertTrue(line, EXAMPLE.matcher(line).find());
        }
        for (String line : List.of("public static final String FEEDBACK = \"feedback\";",
                "new Default(ItemCodes.FEEDBACK, \"Feedback\", 1, false)")) {
            assertTrue(line, !EXAMPLE.matcher(line).find());
        }
    }

    private static boolean isCoreSource(Path file) {
        String name = file.getFileName().toString();
        String path = file.toString();
        return !path.contains("/target/") && (name.endsWith(".java") || name.endsWith(".ecore")
                || name.endsWith(".genmodel") || name.endsWith(".sql") || name.endsWith(".MF")
                || name.equals("plugin.xml") || name.equals("component.xml"));
    }
}
