package dev.candor.nls.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Test;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

import dev.candor.nls.Plurals;

/**
 * Counts in every message of every Candor bundle, in the five languages: each counted noun is
 * a plural argument with every form its language needs, the translations count the same
 * arguments, the code formats those messages with {@link Plurals} (never {@code NLS.bind}, which
 * would show the pattern itself), and the forms come out right for the numbers where
 * languages differ (checked against hand-written expectations).
 */
public class PluralsTest {

    private static final List<String> LANGUAGES = List.of("", "ru", "uk", "pl", "hu");

    /** A number before one of these nouns is a count; its message must say it with a plural. */
    private static final Pattern BARE_COUNT = Pattern.compile(
            "\\{\\d\\}\\s+(?:[a-z]+\\s+)?(customers|interactions|commitments|reviews|records|rows|days|months|minutes"
                    + "|characters|answers|cells|problems|groups|times|hours|weeks|items)\\b");

    private static final Pattern CODE_USE = Pattern.compile("(\\w+(?:\\.\\w+)*)\\s*\\(\\s*Messages\\.(\\w+)\\b|Messages\\.(\\w+)\\b");

    @Test
    public void everyCountInEnglishIsAPlural() throws IOException {
        List<String> bare = new ArrayList<>();
        for (MessageFile file : messageFiles()) {
            for (Map.Entry<String, String> message : file.messages("").entrySet()) {
                Matcher m = BARE_COUNT.matcher(message.getValue());
                if (m.find()) {
                    bare.add(file.name() + " " + message.getKey() + ": " + message.getValue());
                }
            }
        }
        assertTrue("counts without a plural:\n" + String.join("\n", bare), bare.isEmpty());
    }

    @Test
    public void everyPluralHasEveryFormOfItsLanguageAndTheTranslationsCountTheSameArguments() throws IOException {
        List<String> wrong = new ArrayList<>();
        int plurals = 0;
        for (MessageFile file : messageFiles()) {
            Map<String, String> english = file.messages("");
            for (String language : LANGUAGES) {
                Map<String, String> messages = file.messages(language);
                Set<String> needed = language.isEmpty() ? Set.of("one", "other")
                        : new TreeSet<>(PluralRules.forLocale(ULocale.forLanguageTag(language)).getKeywords());
                for (Map.Entry<String, String> message : messages.entrySet()) {
                    String where = file.name() + " " + (language.isEmpty() ? "en" : language) + " " + message.getKey();
                    Map<Integer, Set<String>> arguments;
                    List<String> withoutNumber = new ArrayList<>();
                    try {
                        arguments = pluralArguments(message.getValue(), withoutNumber);
                    } catch (IllegalArgumentException e) {
                        wrong.add(where + ": not a message pattern (" + e.getMessage() + ")");
                        continue;
                    }
                    plurals += arguments.size();
                    for (Map.Entry<Integer, Set<String>> argument : arguments.entrySet()) {
                        if (!argument.getValue().equals(needed)) {
                            wrong.add(where + ": argument " + argument.getKey() + " has the forms " + argument.getValue()
                                    + ", its language needs " + needed);
                        }
                    }
                    String source = english.get(message.getKey());
                    if (!language.isEmpty() && source != null
                            && !arguments.keySet().containsAll(pluralArguments(source).keySet())) {
                        wrong.add(where + ": counts " + arguments.keySet() + " as plurals, English counts "
                                + pluralArguments(source).keySet());
                    }
                    for (String form : withoutNumber) {
                        // "one" covers 21, 31, … in Russian and Ukrainian: a form without the number would lie
                        wrong.add(where + ": " + form + " does not show the number (#)");
                    }
                }
            }
        }
        assertTrue(String.join("\n", wrong), wrong.isEmpty());
        assertTrue("the plurals were found: " + plurals, plurals > 150);
    }

    @Test
    public void messagesWithPluralsAreFormattedWithPluralsNeverShownRaw() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (MessageFile file : messageFiles()) {
            Set<String> pluralKeys = new TreeSet<>();
            for (Map.Entry<String, String> message : file.messages("").entrySet()) {
                if (!pluralArguments(message.getValue()).isEmpty()) {
                    pluralKeys.add(message.getKey());
                }
            }
            try (Stream<Path> sources = Files.walk(file.bundle().resolve("src"))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(source, StandardCharsets.UTF_8);
                    Matcher m = CODE_USE.matcher(code);
                    while (m.find()) {
                        String key = m.group(2) != null ? m.group(2) : m.group(3);
                        if (pluralKeys.contains(key) && !"Plurals.format".equals(m.group(1))) {
                            wrong.add(file.bundle().relativize(source) + ": Messages." + key + " used as "
                                    + (m.group(1) == null ? "a plain text" : m.group(1) + "(…)"));
                        }
                    }
                }
            }
        }
        assertTrue(String.join("\n", wrong), wrong.isEmpty());
    }

    /** Hand-written: what a reader of each language expects at the numbers where the forms differ. */
    @Test
    public void theFormsComeOutRightWhereTheLanguagesDiffer() throws IOException {
        String customers = message("dev.candor.ui", "Customers_StatusAll");
        assertEquals(List.of("1 customer", "2 customers", "5 customers", "21 customers", "1,000 customers"),
                forms(Locale.ENGLISH, customers, 1, 2, 5, 21, 1000));
        assertEquals(List.of("1 клиент", "2 клиента", "5 клиентов", "11 клиентов", "21 клиент", "22 клиента",
                "25 клиентов", "1\u00a0000 клиентов"),
                forms(Locale.forLanguageTag("ru"), localized("dev.candor.ui", "ru", "Customers_StatusAll"), 1, 2, 5, 11, 21,
                        22, 25, 1000));
        assertEquals(List.of("1 клієнт", "2 клієнти", "5 клієнтів", "11 клієнтів", "21 клієнт", "22 клієнти",
                "25 клієнтів"),
                forms(Locale.forLanguageTag("uk"), localized("dev.candor.ui", "uk", "Customers_StatusAll"), 1, 2, 5, 11, 21,
                        22, 25));
        // Polish: 12-14 and 22-24 differ, 21 is not "one"
        List<String> pl = forms(Locale.forLanguageTag("pl"), localized("dev.candor.ui", "pl", "Customers_StatusAll"), 1, 2,
                5, 12, 21, 22);
        assertEquals(pl.toString(), "1 klient", pl.get(0));
        assertEquals(pl.toString(), pl.get(2).replace("5", "12"), pl.get(3));
        assertEquals(pl.toString(), pl.get(2).replace("5", "21"), pl.get(4));
        assertEquals(pl.toString(), pl.get(1).replace("2", "22"), pl.get(5));
        assertTrue(pl.toString(), !pl.get(1).replace("2", "").equals(pl.get(2).replace("5", "")));
        // Hungarian: the noun stays singular after a number
        assertEquals(List.of("1 ügyfél", "5 ügyfél"),
                forms(Locale.forLanguageTag("hu"), localized("dev.candor.ui", "hu", "Customers_StatusAll"), 1, 5));

        assertEquals("Last 1 month", Plurals.format(Locale.ENGLISH, message("dev.candor.ethics.ui", "Dashboard_Months"), 1));
        assertEquals("3 days ago", Plurals.format(Locale.ENGLISH, message("dev.candor.profiles.ui", "Header_DaysAgo"), 3));
        assertEquals("1 review in 6 months",
                Plurals.format(Locale.ENGLISH, message("dev.candor.profiles.ui", "Header_Reviews"), 1, 6));
        assertEquals("Name has 501 characters; at most 500 are allowed.",
                Plurals.format(Locale.ENGLISH, message("dev.candor.model", "TooLong"), "Name", 501, 500));
        // a name with an apostrophe and a brace-free text pass through as NLS.bind passed them
        assertEquals("O'Brien & Co has 1 character; at most 0 are allowed.",
                Plurals.format(Locale.ENGLISH, message("dev.candor.model", "TooLong"), "O'Brien & Co", 1, 0));
    }

    private static List<String> forms(Locale language, String pattern, int... counts) {
        List<String> forms = new ArrayList<>();
        for (int count : counts) {
            forms.add(Plurals.format(language, pattern, count));
        }
        return forms;
    }

    /** The plural arguments of a message pattern: argument number to the forms it gives. */
    private static Map<Integer, Set<String>> pluralArguments(String text) {
        return pluralArguments(text, new ArrayList<>());
    }

    /**
     * The plural arguments of a message pattern: argument number to the forms it gives; the forms
     * that do not show the number ({@code #}) are added to {@code withoutNumber}.
     */
    private static Map<Integer, Set<String>> pluralArguments(String text, List<String> withoutNumber) {
        MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
        pattern.parse(text);
        Map<Integer, Set<String>> arguments = new LinkedHashMap<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START
                    || part.getArgType() != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            int number = pattern.getPart(i + 1).getValue();
            Set<String> forms = arguments.computeIfAbsent(number, n -> new TreeSet<>());
            int limit = pattern.getLimitPartIndex(i);
            for (int j = i + 2; j < limit; j++) {
                MessagePattern.Part selector = pattern.getPart(j);
                if (selector.getType() != MessagePattern.Part.Type.ARG_SELECTOR) {
                    continue;
                }
                String form = pattern.getSubstring(selector);
                forms.add(form);
                int start = j + 1;
                if (pattern.getPart(start).getType().hasNumericValue()) {
                    start++; // an explicit value (=0) before the sub-message
                }
                int end = pattern.getLimitPartIndex(start);
                boolean shown = false;
                for (int k = start; k < end; k++) {
                    // the number of this argument; a nested argument's parts are skipped over
                    MessagePattern.Part inner = pattern.getPart(k);
                    if (inner.getType() == MessagePattern.Part.Type.REPLACE_NUMBER) {
                        shown = true;
                    } else if (inner.getType() == MessagePattern.Part.Type.ARG_START) {
                        k = pattern.getLimitPartIndex(k);
                    }
                }
                if (!shown) {
                    withoutNumber.add("argument " + number + " form " + form);
                }
                j = end;
            }
        }
        return arguments;
    }

    private static String message(String bundle, String key) throws IOException {
        return localized(bundle, "", key);
    }

    private static String localized(String bundle, String language, String key) throws IOException {
        for (MessageFile file : messageFiles()) {
            if (file.bundle().getFileName().toString().equals(bundle) && file.messages(language).containsKey(key)) {
                return file.messages(language).get(key);
            }
        }
        throw new AssertionError("no message " + key + " in " + bundle + " " + language);
    }

    /** A bundle's messages.properties and its translations. */
    private record MessageFile(Path bundle, Path english) {

        String name() {
            return bundle.getFileName() + "/" + bundle.relativize(english);
        }

        Map<String, String> messages(String language) throws IOException {
            Path file = language.isEmpty() ? english
                    : english.resolveSibling("messages_" + language + ".properties");
            Map<String, String> messages = new LinkedHashMap<>();
            if (!Files.exists(file)) {
                return messages;
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in); // ISO-8859-1 with \\u escapes, as Eclipse's NLS reads them
            }
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                messages.put(key, properties.getProperty(key));
            }
            return messages;
        }
    }

    private static List<MessageFile> messageFiles() throws IOException {
        Path bundles = root().resolve("bundles");
        List<MessageFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(bundles)) {
            for (Path p : walk.filter(p -> p.getFileName().toString().equals("messages.properties"))
                    .filter(p -> p.toString().contains("/src/")).sorted().toList()) {
                Path bundle = bundles.resolve(bundles.relativize(p).getName(0));
                files.add(new MessageFile(bundle, p));
            }
        }
        assertTrue("message files found: " + files.size(), files.size() > 15);
        return files;
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("bundles")) && Files.isDirectory(dir.resolve("releng")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("not run inside the Candor source tree: " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
