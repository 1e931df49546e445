package dev.candor.ethics.internal.checks;

import java.util.BitSet;

import org.eclipse.osgi.util.NLS;

import dev.candor.ethics.EthicsCheck;
import dev.candor.ethics.Findings;
import dev.candor.ethics.ReviewContext;
import dev.candor.ethics.internal.Lexicons;
import dev.candor.ethics.internal.Messages;
import dev.candor.ethics.internal.PhraseIndex;
import dev.candor.ethics.internal.Tokens;

/**
 * Never disparage competitors: a sentence that names a competitor (any
 * inflected form: "Baltexu", "Nordline-nál") together with a word that runs
 * it down fails. Naming a competitor neutrally ("Baltex offers a similar
 * package") is fine.
 */
public final class CompetitorCheck implements EthicsCheck {

    /** The competitors' names split into words, once per review. */
    private static final Object NAMES = new Object();

    @Override
    public void check(ReviewContext context, Findings findings) {
        if (context.competitors().isEmpty()) {
            findings.notApplicable(Messages.Competitors_NoneConfigured);
            return;
        }
        if (!context.isOutbound()) {
            findings.notApplicable(Messages.Check_Inbound);
            return;
        }
        Tokens tokens = Tokens.of(context);
        BitSet disparaging = null;
        for (int i = 0; i < tokens.size(); i++) {
            int last = competitorAt(context, tokens, i);
            if (last < 0) {
                continue;
            }
            if (disparaging == null) {
                disparaging = new BitSet();
                for (PhraseIndex.Match match : Lexicons.DISPARAGING.find(tokens)) {
                    disparaging.set(tokens.sentence(match.first()));
                }
            }
            if (disparaging.get(tokens.sentence(i))) {
                int[] span = tokens.sentenceSpan(i);
                String name = context.text().substring(tokens.start(i), tokens.end(last));
                findings.fail(span[0], span[1], NLS.bind(Messages.Competitors_Disparaged, name));
                return;
            }
        }
    }

    /** The last word of a competitor's name starting at word {@code i}, or -1. */
    private static int competitorAt(ReviewContext context, Tokens tokens, int i) {
        String word = tokens.word(i);
        String[][] names = context.shared(NAMES, c -> c.competitors().stream()
                .map(name -> name.split("\\s+")).toArray(String[][]::new)); //$NON-NLS-1$
        for (String[] parts : names) {
            if (i + parts.length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < parts.length && all; k++) {
                String candidate = k == 0 ? word : tokens.word(i + k);
                // the last word may be inflected: "Baltexu", "ТехноСвиту", "Nordline-nál"
                all = k == parts.length - 1 ? candidate.startsWith(parts[k]) : candidate.equals(parts[k]);
            }
            if (all) {
                return i + parts.length - 1;
            }
        }
        return -1;
    }
}
