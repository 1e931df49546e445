package dev.candor.ethics.internal.checks;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.candor.ethics.EthicsCheck;
import dev.candor.ethics.Findings;
import dev.candor.ethics.ReviewContext;
import dev.candor.ethics.internal.Messages;
import dev.candor.ethics.internal.PhraseIndex;
import dev.candor.ethics.internal.Tokens;

/**
 * Personal data protected: no payment card numbers (Luhn-valid), bank
 * accounts (IBAN with a valid check sum) that are not the company's own,
 * identity document numbers (a number beside "passport", "PESEL",
 * "útlevél"…), or e-mail addresses and phone numbers of anyone but the
 * customer, their contacts and the company. Tax and company numbers (NIP,
 * VAT, ИНН…) are not personal and are left alone.
 */
public final class PersonalDataCheck implements EthicsCheck {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)"); //$NON-NLS-1$
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b"); //$NON-NLS-1$
    /** Words of tax and company registers: a number beside them is not a phone or a card. */
    private static final PhraseIndex TAX_IDS = new PhraseIndex().add("any", "nip", "vat", "regon", "krs", "инн", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "огрн", "кпп", "єдрпоу", "adószám*", "cégjegyzék*", "tax id", "company number", "registration number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    private static final PhraseIndex IDENTITY = dev.candor.ethics.internal.Lexicons.PASSPORT;
    /** Words of orders, invoices and parcels: a number beside them without a '+' is a reference, not a phone. */
    private static final PhraseIndex REFERENCES = new PhraseIndex().add("any", "order", "orders", "reference", "ref", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "invoice", "ticket", "tracking", "shipment", "parcel", "заказ*", "счёт", "счет", "накладн*", "трек*", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "замовлен*", "рахун*", "zamówieni*", "faktur*", "przesyłk*", "zlecen*", "rendelés*", "megrendelés*", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "számla*", "számú", "csomagszám*"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    @Override
    public void check(ReviewContext context, Findings findings) {
        String text = context.text();
        int digits = 0;
        boolean at = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '@') {
                at = true;
            }
        }
        if (digits < 6 && !at) {
            return; // nothing that could be a number or an address
        }
        if (at && emails(context, findings)) {
            return;
        }
        if (digits >= 6 && (iban(context, findings) || numbers(context, findings))) {
            return;
        }
    }

    private static boolean emails(ReviewContext context, Findings findings) {
        Matcher matcher = EMAIL.matcher(context.text());
        while (matcher.find()) {
            String address = matcher.group().toLowerCase(Locale.ROOT);
            String domain = "@" + matcher.group(1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
            if (!context.ownAddresses().contains(address) && !context.ownAddresses().contains(domain)) {
                findings.fail(matcher.start(), matcher.end(), Messages.PersonalData_Email);
                return true;
            }
        }
        return false;
    }

    private static boolean iban(ReviewContext context, Findings findings) {
        Matcher matcher = IBAN.matcher(context.text());
        while (matcher.find()) {
            String compact = matcher.group().replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$
            if (compact.length() >= 15 && ibanValid(compact)
                    && !context.ownAddresses().contains(compact.toLowerCase(Locale.ROOT))) {
                findings.fail(matcher.start(), matcher.end(), Messages.PersonalData_Iban);
                return true;
            }
        }
        return false;
    }

    /** Cards, identity documents and phones: runs of digits with spaces, hyphens or brackets between. */
    private static boolean numbers(ReviewContext context, Findings findings) {
        String text = context.text();
        Tokens tokens = Tokens.of(context);
        java.util.BitSet taxSentences = new java.util.BitSet();
        for (PhraseIndex.Match match : TAX_IDS.find(tokens)) {
            taxSentences.set(tokens.sentence(match.first()));
        }
        java.util.BitSet referenceSentences = new java.util.BitSet();
        for (PhraseIndex.Match match : REFERENCES.find(tokens)) {
            referenceSentences.set(tokens.sentence(match.first()));
        }
        java.util.BitSet identitySentences = new java.util.BitSet();
        for (PhraseIndex.Match match : IDENTITY.find(tokens)) {
            identitySentences.set(tokens.sentence(match.first()));
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean plus = c == '+' && i + 1 < n && isDigit(text.charAt(i + 1));
            if (!isDigit(c) && !plus || i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) && !plus)) {
                i++;
                continue;
            }
            if (i > 1 && (text.charAt(i - 1) == '-' || text.charAt(i - 1) == '/')
                    && Character.isLetterOrDigit(text.charAt(i - 2))) {
                i++; // a code such as "ORD-2026-114-553" or "FV/2026/11": not a phone
                while (i < n && (isDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '/')) {
                    i++;
                }
                continue;
            }
            int start = i;
            StringBuilder number = new StringBuilder();
            int end = i;
            int j = plus ? i + 1 : i;
            while (j < n) {
                char d = text.charAt(j);
                if (isDigit(d)) {
                    number.append(d);
                    end = j + 1;
                    j++;
                } else if ((d == ' ' || d == '-' || d == '(' || d == ')') && j + 1 < n
                        && (isDigit(text.charAt(j + 1)) || text.charAt(j + 1) == '(')) {
                    j++;
                } else {
                    break;
                }
            }
            i = Math.max(j, i + 1);
            if (end < n && Character.isLetter(text.charAt(end))) {
                continue; // part of a code such as "AB1234567X"? identity words decide below
            }
            int sentence = tokens.sentenceAt(start);
            if (taxSentences.get(sentence)) {
                continue;
            }
            String digits = number.toString();
            if (digits.length() >= 13 && digits.length() <= 19 && luhn(digits)) {
                findings.fail(start, end, Messages.PersonalData_Card);
                return true;
            }
            if (identitySentences.get(sentence) && digits.length() >= 6) {
                findings.fail(start, end, Messages.PersonalData_Identity);
                return true;
            }
            // a phone written without a '+' or any separator has at most 11 digits; longer runs are ids
            boolean plain = !plus && end - start == digits.length();
            if (digits.length() >= 9 && digits.length() <= (plain ? 11 : 13) && !known(context, digits)
                    && (plus || !referenceSentences.get(sentence))) {
                findings.fail(start, end, Messages.PersonalData_Phone);
                return true;
            }
        }
        // letters and digits together beside an identity word: "AB1234567", "ЕК123456"
        for (int w = 0; w < tokens.size(); w++) {
            String word = tokens.word(w);
            if (identitySentences.get(tokens.sentence(w)) && word.length() >= 8 && countDigits(word) >= 6
                    && countDigits(word) < word.length()) {
                findings.fail(tokens.start(w), tokens.end(w), Messages.PersonalData_Identity);
                return true;
            }
        }
        return false;
    }

    /** Whether a phone number is the company's, the customer's or a contact's (the last nine digits decide). */
    private static boolean known(ReviewContext context, String digits) {
        String tail = digits.substring(Math.max(0, digits.length() - 9));
        for (String own : context.ownAddresses()) {
            if (!own.contains("@") && own.length() >= 9 && own.endsWith(tail)) { //$NON-NLS-1$
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int countDigits(String word) {
        int count = 0;
        for (int i = 0; i < word.length(); i++) {
            if (isDigit(word.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    public static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    public static boolean ibanValid(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            if (Character.isDigit(c)) {
                numeric.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                numeric.append(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
