package dev.candor.ethics.internal.checks;

import dev.candor.ethics.ReviewContext;
import dev.candor.ethics.internal.Tokens;

/** What the built-in checks share. */
final class Checks {

    private Checks() {
    }

    /** The first word after the subject line (the text is the subject, a line break, the notes). */
    static int firstWordOfNotes(ReviewContext context, Tokens tokens) {
        String subject = context.interaction().getSubject();
        if (subject == null || context.interaction().getNotes() == null) {
            return subject == null ? 0 : tokens.size();
        }
        int notesStart = subject.length() + 1;
        int i = 0;
        while (i < tokens.size() && tokens.start(i) < notesStart) {
            i++;
        }
        return i;
    }

    /** Reports the first match of {@code index}, quoting the words matched. */
    static boolean failOnFirst(Tokens tokens, dev.candor.ethics.internal.PhraseIndex index,
            dev.candor.ethics.Findings findings, String comment) {
        dev.candor.ethics.internal.PhraseIndex.Match match = index.first(tokens);
        if (match == null) {
            return false;
        }
        String words = tokens.text().substring(tokens.start(match.first()), tokens.end(match.last()));
        findings.fail(tokens.start(match.first()), tokens.end(match.last()), org.eclipse.osgi.util.NLS.bind(comment, words));
        return true;
    }
}
