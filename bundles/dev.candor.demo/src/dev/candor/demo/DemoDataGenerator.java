package dev.candor.demo;

import java.util.Date;
import java.util.SplittableRandom;

import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentChange;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Contact;
import dev.candor.model.Customer;
import dev.candor.model.CustomerKind;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.model.Language;
import dev.candor.model.Priority;
import dev.candor.store.SearchKeys;

/**
 * Realistic, deterministic demo records in English, Russian, Ukrainian,
 * Polish and Hungarian: the same seed always gives the same data set.
 *
 * @since 0.1
 */
public final class DemoDataGenerator {

    /** Account managers who own the demo customers. */
    public static final String[] ACCOUNT_MANAGERS = { "anna.kowalska", "ivan.petrov", "olena.shevchenko", "zoltan.nagy",
            "james.walker" };

    private static final long DAY = 86_400_000L;
    private static final long HOUR = 3_600_000L;
    /** How far back the demo still has open business: messages awaiting an answer, promises overdue. */
    private static final long RECENT = 14 * DAY;
    private static final Channel[] CHANNELS = Channel.VALUES.toArray(Channel[]::new);

    private final SplittableRandom random;
    private final long now;
    private int sequence;

    /** @param now the instant the data set is "as of"; interactions lie in the two years before it */
    public DemoDataGenerator(long seed, long now) {
        this.random = new SplittableRandom(seed);
        this.now = now;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private Corpus corpus(Language language) {
        for (Corpus corpus : Corpus.ALL) {
            if (corpus.language == language) {
                return corpus;
            }
        }
        return Corpus.ALL[0];
    }

    /** A new customer (id 0): an organisation with contacts, or a private person. */
    public Customer nextCustomer() {
        Corpus c = Corpus.ALL[random.nextInt(Corpus.ALL.length)];
        int n = ++sequence;
        Customer customer = CandorFactory.eINSTANCE.createCustomer();
        boolean organisation = random.nextInt(3) > 0;
        String first = pick(c.firstNames);
        String last = surname(c.language, first, pick(c.lastNames));
        customer.setKind(organisation ? CustomerKind.ORGANISATION : CustomerKind.PERSON);
        String mailbox = ascii(first) + "." + ascii(last);
        String city = pick(c.cities);
        if (organisation) {
            String stem = pick(c.companyStems);
            String name = String.format(c.companyPattern, stem + " " + pick(c.trades));
            // a branch office carries its city, as registries and CRMs write it
            customer.setName(n % 3 == 0 ? name : name + " (" + city + ")");
            customer.setOrganisation(name);
            customer.setEmail("office" + n + "@" + ascii(stem) + "." + c.domain);
            Contact contact = CandorFactory.eINSTANCE.createContact();
            contact.setName(first + " " + last);
            contact.setRole(c.language == Language.ENGLISH ? "Purchasing manager" : null);
            contact.setEmail(mailbox + n + "@" + ascii(stem) + "." + c.domain);
            contact.setPhone(phone(c));
            contact.setPrimary(true);
            customer.getContacts().add(contact);
        } else {
            customer.setName(first + " " + last);
            customer.setEmail(mailbox + n + "@mail." + c.domain);
        }
        customer.setPhone(phone(c));
        customer.setCity(city);
        customer.setCountry(c.country);
        customer.setPreferredLanguage(c.language);
        customer.setPreferredChannel(random.nextBoolean() ? Channel.EMAIL : Channel.PHONE);
        customer.setOwner(ACCOUNT_MANAGERS[random.nextInt(ACCOUNT_MANAGERS.length)]);
        customer.setConsentDataProcessing(true);
        customer.setConsentMarketing(random.nextInt(3) == 0);
        customer.setConsentRecording(random.nextBoolean());
        if (random.nextInt(4) == 0) {
            customer.getTags().add(pick(c.tags));
        }
        customer.setCreatedAt(new Date(now - 730 * DAY - random.nextLong(365 * DAY)));
        return customer;
    }

    /**
     * Slavic surnames agree with the person: Anna Dąbrowska, Ольга Смирнова,
     * Тетяна Савчук (unchanged). First names ending in -a/-а/-я are female here.
     */
    static String surname(Language language, String firstName, String surname) {
        boolean slavic = language == Language.POLISH || language == Language.RUSSIAN || language == Language.UKRAINIAN;
        char end = firstName.charAt(firstName.length() - 1);
        boolean female = end == 'a' || end == '\u0430' || end == '\u044f';
        if (!slavic || !female || firstName.equals("Kuba")) { //$NON-NLS-1$
            return surname;
        }
        String[][] endings = { { "ski", "ska" }, { "cki", "cka" }, { "dzki", "dzka" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                { "\u0441\u043a\u0438\u0439", "\u0441\u043a\u0430\u044f" }, // -ский -> -ская
                { "\u0441\u044c\u043a\u0438\u0439", "\u0441\u044c\u043a\u0430" }, // -ський -> -ська
                { "\u043e\u0432", "\u043e\u0432\u0430" }, { "\u0435\u0432", "\u0435\u0432\u0430" }, // -ов, -ев
                { "\u0451\u0432", "\u0451\u0432\u0430" }, { "\u0438\u043d", "\u0438\u043d\u0430" } }; // -ёв, -ин
        for (String[] pair : endings) {
            if (surname.endsWith(pair[0])) {
                return surname.substring(0, surname.length() - pair[0].length()) + pair[1];
            }
        }
        return surname;
    }

    private String phone(Corpus c) {
        return c.phonePrefix + " " + (100 + random.nextInt(900)) + " " + (10 + random.nextInt(90)) + " "
                + (10 + random.nextInt(90));
    }

    /** A call, e-mail, meeting, chat or message with the customer, in the customer's language. */
    public Interaction nextInteraction(Customer customer) {
        Corpus c = corpus(customer.getPreferredLanguage());
        Interaction interaction = CandorFactory.eINSTANCE.createInteraction();
        interaction.setCustomerId(customer.getId());
        interaction.setChannel(CHANNELS[random.nextInt(CHANNELS.length)]);
        interaction.setDirection(random.nextBoolean() ? Direction.INBOUND : Direction.OUTBOUND);
        long start = now - random.nextLong(730 * DAY);
        interaction.setStartedAt(new Date(start));
        interaction.setEndedAt(new Date(start + (2 + random.nextInt(40)) * 60_000L));
        interaction.setSubject(pick(c.subjects));
        String addressee = customer.getContacts().isEmpty() ? customer.getName()
                : customer.getContacts().get(0).getName();
        String lastName = addressee.contains(" ") ? addressee.substring(addressee.lastIndexOf(' ') + 1) : addressee;
        StringBuilder notes = new StringBuilder(String.format(pick(c.openings), lastName));
        int sentences = 1 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            notes.append(' ').append(pick(c.bodies));
        }
        if (random.nextInt(3) == 0) {
            notes.append(' ').append(pick(c.promises));
        }
        notes.append(' ').append(pick(c.closings));
        interaction.setNotes(notes.toString());
        interaction.getParticipants().add(addressee);
        interaction.setAccountManager(customer.getOwner());
        // only recent messages still await an answer: older ones were answered long ago
        interaction.setAwaitingResponse(interaction.getDirection() == Direction.INBOUND && random.nextInt(5) == 0
                && now - start < RECENT);
        return interaction;
    }

    /** A promise made in an interaction, open, kept or broken depending on how old it is. */
    public Commitment nextCommitment(Customer customer, Interaction source) {
        Corpus c = corpus(customer.getPreferredLanguage());
        Commitment commitment = CandorFactory.eINSTANCE.createCommitment();
        commitment.setCustomerId(customer.getId());
        commitment.setSourceInteractionId(source == null || source.getId() == 0 ? null : source.getId());
        commitment.setDescription(pick(c.promises));
        commitment.setOwner(customer.getOwner());
        commitment.setPromisedTo(source == null || source.getParticipants().isEmpty() ? customer.getName()
                : source.getParticipants().get(0));
        long created = source == null ? now - random.nextLong(60 * DAY) : source.getStartedAt().getTime();
        commitment.setCreatedAt(new Date(created));
        long due = created + (1 + random.nextInt(7)) * DAY;
        commitment.setDueAt(new Date(due));
        commitment.setPriority(Priority.get(random.nextInt(3)));
        if (due > now) {
            commitment.setStatus(CommitmentStatus.OPEN);
        } else if (random.nextInt(5) == 0) {
            if (now - due < RECENT) {
                // left open past its due time, lately: what the Commitments view and the reminders exist for
                commitment.setStatus(CommitmentStatus.OPEN);
            } else {
                // long past: kept at the last moment (no further draws, so the rest of the data stays as it was)
                close(commitment, CommitmentStatus.KEPT, due, customer.getOwner());
            }
        } else {
            boolean broken = random.nextInt(6) == 0;
            // most promises are kept before they are due, some a day or two late
            long closed = broken ? due : random.nextInt(8) == 0 ? due + (1 + random.nextInt(48)) * HOUR
                    : created + (long) ((due - created) * random.nextDouble());
            close(commitment, broken ? CommitmentStatus.BROKEN : CommitmentStatus.KEPT, Math.min(closed, now),
                    customer.getOwner());
        }
        return commitment;
    }

    private static void close(Commitment commitment, CommitmentStatus status, long closed, String by) {
        commitment.setStatus(status);
        commitment.setClosedAt(new Date(closed));
        CommitmentChange change = CandorFactory.eINSTANCE.createCommitmentChange();
        change.setChangedAt(new Date(closed));
        change.setChangedBy(by);
        change.setFromStatus(CommitmentStatus.OPEN);
        change.setToStatus(status);
        commitment.getHistory().add(change);
    }

    private static final String[][] CYRILLIC = { { "а", "a" }, { "б", "b" }, { "в", "v" }, { "г", "g" }, { "ґ", "g" },
            { "д", "d" }, { "е", "e" }, { "є", "ye" }, { "ж", "zh" }, { "з", "z" }, { "и", "i" }, { "і", "i" },
            { "ї", "yi" }, { "й", "y" }, { "к", "k" }, { "л", "l" }, { "м", "m" }, { "н", "n" }, { "о", "o" },
            { "п", "p" }, { "р", "r" }, { "с", "s" }, { "т", "t" }, { "у", "u" }, { "ф", "f" }, { "х", "kh" },
            { "ц", "ts" }, { "ч", "ch" }, { "ш", "sh" }, { "щ", "shch" }, { "ъ", "" }, { "ы", "y" }, { "ь", "" },
            { "э", "e" }, { "ю", "yu" }, { "я", "ya" }, { "ё", "yo" } };

    /** Lower-case ASCII for e-mail local parts and domains: transliterated Cyrillic, diacritics removed. */
    static String ascii(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            String ch = String.valueOf(lower.charAt(i));
            String mapped = null;
            for (String[] pair : CYRILLIC) {
                if (pair[0].equals(ch)) {
                    mapped = pair[1];
                    break;
                }
            }
            out.append(mapped != null ? mapped : SearchKeys.fold(ch));
        }
        return out.toString().replaceAll("[^a-z0-9]+", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
