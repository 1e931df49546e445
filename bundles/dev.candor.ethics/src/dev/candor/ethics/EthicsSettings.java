package dev.candor.ethics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.candor.ethics.internal.Messages;
import dev.candor.store.SharedDocument;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;
import dev.candor.nls.Plurals;

/**
 * What the automatic checks need to know about the company, shared by the
 * whole team through the database: competitors' names, and the company's own
 * e-mail domains, addresses, phone numbers and bank accounts (which may appear
 * in messages). Stored as text:
 *
 * <pre>
 * competitors = Nordline, Baltex
 * own = @candor-demo.com, +48 22 555 01 00
 * </pre>
 *
 * @param version the shared document's version it was read with (0 when never stored)
 * @since 0.1
 */
public record EthicsSettings(List<String> competitors, List<String> ownAddresses, int version) {

    static final String DOCUMENT = "ethics/settings"; //$NON-NLS-1$
    private static final int MAX_NAME = 200;

    public EthicsSettings {
        competitors = List.copyOf(competitors);
        ownAddresses = List.copyOf(ownAddresses);
    }

    /** Nothing configured. */
    public static EthicsSettings none() {
        return new EthicsSettings(List.of(), List.of(), 0);
    }

    /** The text form. */
    public String format() {
        return "competitors = " + String.join(", ", competitors) + "\nown = " + String.join(", ", ownAddresses) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /**
     * Reads the text form; every wrong line is named in the exception.
     *
     * @throws SettingsFormatException with one message per mistake
     */
    public static EthicsSettings parse(String text, int version) throws SettingsFormatException {
        List<String> problems = new ArrayList<>();
        Set<String> competitors = new LinkedHashSet<>();
        Set<String> own = new LinkedHashSet<>();
        String[] lines = text.split("\\R"); //$NON-NLS-1$
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip();
            if (eq < 0 || !(key.equals("competitors") || key.equals("own"))) { //$NON-NLS-1$ //$NON-NLS-2$
                problems.add(NLS.bind(Messages.Settings_UnknownLine, i + 1, line));
                continue;
            }
            for (String value : line.substring(eq + 1).split(",")) { //$NON-NLS-1$
                String v = value.strip();
                if (v.isEmpty()) {
                    continue;
                }
                if (v.length() > MAX_NAME) {
                    problems.add(Plurals.format(Messages.Settings_TooLong, i + 1, MAX_NAME));
                } else if (key.equals("competitors")) { //$NON-NLS-1$
                    competitors.add(v);
                } else if (!v.contains("@") && v.replaceAll("[^0-9]", "").length() < 6 //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        && !dev.candor.ethics.internal.Addresses.looksLikeIban(v)) {
                    problems.add(NLS.bind(Messages.Settings_NotAnAddress, i + 1, v));
                } else {
                    own.add(v);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SettingsFormatException(problems);
        }
        return new EthicsSettings(new ArrayList<>(competitors), new ArrayList<>(own), version);
    }

    /** The team's settings; none when never stored. A stored text that no longer parses is reported in {@code problems}. */
    public static EthicsSettings load(StoreSession session, List<String> problems) throws StoreException {
        SharedDocument document = session.sharedDocuments().find(DOCUMENT).orElse(null);
        if (document == null) {
            return none();
        }
        try {
            return parse(document.content(), document.version());
        } catch (SettingsFormatException e) {
            problems.addAll(e.getProblems());
            return new EthicsSettings(List.of(), List.of(), document.version());
        }
    }

    /** Stores these settings; fails with a conflict when someone else saved since {@link #version()}. */
    public EthicsSettings save(StoreSession session, String by) throws StoreException {
        SharedDocument saved = session.sharedDocuments().save(DOCUMENT, format(), version, by);
        return new EthicsSettings(competitors, ownAddresses, saved.version());
    }

    /** The settings text has mistakes. */
    public static final class SettingsFormatException extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        public SettingsFormatException(List<String> problems) {
            super(String.join("\n", problems)); //$NON-NLS-1$
            this.problems = List.copyOf(problems);
        }

        public List<String> getProblems() {
            return problems;
        }
    }
}
