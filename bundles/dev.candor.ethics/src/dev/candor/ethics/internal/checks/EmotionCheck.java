package dev.candor.ethics.internal.checks;

import dev.candor.ethics.EthicsCheck;
import dev.candor.ethics.Findings;
import dev.candor.ethics.ReviewContext;
import dev.candor.ethics.internal.Lexicons;
import dev.candor.ethics.internal.Messages;
import dev.candor.ethics.internal.Tokens;

/**
 * A calm tone: no rude or aggressive words, no shouting (three words in
 * capitals in a row, or "!!").
 */
public final class EmotionCheck implements EthicsCheck {

    private static final int SHOUTED_LETTERS = 11;

    @Override
    public void check(ReviewContext context, Findings findings) {
        if (!context.isOutbound()) {
            findings.notApplicable(Messages.Check_Inbound);
            return;
        }
        Tokens tokens = Tokens.of(context);
        if (Checks.failOnFirst(tokens, Lexicons.EMOTION, findings, Messages.Emotion_Found)) {
            return;
        }
        String text = context.text();
        int bangs = text.indexOf("!!"); //$NON-NLS-1$
        if (bangs >= 0) {
            int[] span = sentenceAround(text, bangs);
            findings.fail(span[0], span[1], Messages.Emotion_Shouting);
            return;
        }
        int capitals = 0;
        int letters = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String original = text.substring(tokens.start(i), tokens.end(i));
            // codes ("GB82", "IBAN", "VAT") are written in capitals without shouting; only words count
            if (original.length() >= 2 && isCapitals(original) && !hasDigit(original)) {
                capitals++;
                letters += original.length();
                // three words in capitals, and more than abbreviations ("VAT ID PDF")
                if (capitals >= 3 && letters >= SHOUTED_LETTERS) {
                    findings.fail(tokens.start(i - capitals + 1), tokens.end(i), Messages.Emotion_Shouting);
                    return;
                }
            } else {
                capitals = 0;
                letters = 0;
            }
        }
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitals(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }

    private static int[] sentenceAround(String text, int at) {
        int start = at;
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        while (start < at && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = at;
        while (end < text.length() && (text.charAt(end) == '!' || text.charAt(end) == '?')) {
            end++;
        }
        return new int[] { start, end };
    }
}
