package dev.candor.ethics;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import dev.candor.commitments.BusinessCalendar;
import dev.candor.ethics.internal.LanguageGuess;
import dev.candor.model.Channel;
import dev.candor.model.Customer;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.model.Language;
import dev.candor.store.CommitmentSummary;

/**
 * What a check may look at: the interaction and its text (subject, a line
 * break, the notes), the language it is written in, the customer, the
 * customer's commitments, and the team's settings (competitor names, the
 * company's own addresses). Immutable; built with {@link #builder(Interaction)}.
 *
 * @noextend This class is not intended to be subclassed by clients.
 * @since 0.1
 */
public final class ReviewContext {

    private final Interaction interaction;
    private final String text;
    private final String normalised;
    private final Language language;
    private final Customer customer;
    private final List<CommitmentSummary> commitments;
    private final Map<String, Object> data;
    private final Set<String> competitors;
    private final Set<String> ownAddresses;
    private final BusinessCalendar calendar;
    private final long now;
    private final ConcurrentHashMap<Object, Object> shared = new ConcurrentHashMap<>();

    private ReviewContext(Builder b) {
        interaction = b.interaction;
        StringBuilder all = new StringBuilder();
        if (interaction.getSubject() != null) {
            all.append(interaction.getSubject());
        }
        if (interaction.getNotes() != null && !interaction.getNotes().isEmpty()) {
            all.append('\n').append(interaction.getNotes());
        }
        text = all.toString();
        normalised = normalise(text);
        customer = b.customer;
        Language fallback = customer != null && customer.getPreferredLanguage() != null ? customer.getPreferredLanguage()
                : Language.ENGLISH;
        language = LanguageGuess.of(text, fallback);
        commitments = List.copyOf(b.commitments);
        data = Map.copyOf(b.data);
        competitors = Set.copyOf(b.competitors);
        Set<String> own = new LinkedHashSet<>();
        for (String address : b.ownAddresses) {
            own.add(address.toLowerCase(Locale.ROOT).trim());
        }
        ownAddresses = Set.copyOf(own);
        calendar = b.calendar;
        now = b.now;
    }

    /** Starts a context for {@code interaction}; everything else is optional. */
    public static Builder builder(Interaction interaction) {
        return new Builder(Objects.requireNonNull(interaction, "interaction")); //$NON-NLS-1$
    }

    /**
     * Lower case, with every kind of apostrophe made {@code '}; the same
     * length as the text, so offsets found in it are offsets in {@link #text()}.
     */
    public static String normalise(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\u2019' || c == '\u02bc' || c == '`' || c == '\u2018') {
                chars[i] = '\'';
            } else {
                chars[i] = Character.toLowerCase(c);
            }
        }
        return new String(chars);
    }

    public Interaction interaction() {
        return interaction;
    }

    /** The subject, then (after a line break) the notes. */
    public String text() {
        return text;
    }

    /** {@link #text()} {@link #normalise(String) normalised}. */
    public String normalisedText() {
        return normalised;
    }

    /** The language the text is written in; the customer's preferred one when the text does not tell. */
    public Language language() {
        return language;
    }

    public Channel channel() {
        return interaction.getChannel();
    }

    public boolean isOutbound() {
        return interaction.getDirection() == Direction.OUTBOUND;
    }

    /** Whether the customer reads what was written: e-mail, chat or social messages sent to them. */
    public boolean isWrittenToCustomer() {
        Channel channel = interaction.getChannel();
        return isOutbound() && (channel == Channel.EMAIL || channel == Channel.CHAT || channel == Channel.SOCIAL);
    }

    /** The customer, or {@code null} when not known. */
    public Customer customer() {
        return customer;
    }

    /** The customer's commitments (all of them, any status). */
    public List<CommitmentSummary> commitments() {
        return commitments;
    }

    /**
     * What a check's {@link CheckData} read about the customer for this review (the data of the
     * bundle that contributed it, from its own tables); {@code null} when it has none or the
     * reading failed.
     *
     * @param checkId the id of the check, as contributed
     * @since 0.1
     */
    public Object data(String checkId) {
        return data.get(checkId);
    }

    /** Competitors' names, {@link #normalise(String) normalised}. */
    public Set<String> competitors() {
        return competitors;
    }

    /**
     * E-mail addresses, e-mail domains (written {@code @example.com}) and
     * phone numbers (digits only) that may appear in a text without
     * disclosing anyone's data: the company's own, and the customer's and
     * their contacts' (added by the builder).
     */
    public Set<String> ownAddresses() {
        return ownAddresses;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return calendar.zone();
    }

    /** When the review runs, in epoch milliseconds. */
    public long now() {
        return now;
    }

    /**
     * A value computed once per review and shared by every check that asks for
     * it with the same key (the text's words, say). Thread-safe.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Function<ReviewContext, T> compute) {
        return (T) shared.computeIfAbsent(key, k -> compute.apply(this));
    }

    /** Builds a {@link ReviewContext}. */
    public static final class Builder {
        private final Interaction interaction;
        private Customer customer;
        private final List<CommitmentSummary> commitments = new ArrayList<>();
        private final Map<String, Object> data = new java.util.HashMap<>();
        private final Set<String> competitors = new LinkedHashSet<>();
        private final Set<String> ownAddresses = new LinkedHashSet<>();
        // a calendar of its own only where a test leaves it out; never the JVM's zone
        private BusinessCalendar calendar = BusinessCalendar.standard(java.time.ZoneOffset.UTC);
        private Long now;

        private Builder(Interaction interaction) {
            this.interaction = interaction;
        }

        /** The customer; their and their contacts' e-mail addresses and phones become known addresses. */
        public Builder customer(Customer value) {
            customer = value;
            if (value != null) {
                address(value.getEmail());
                address(value.getPhone());
                value.getContacts().forEach(contact -> {
                    address(contact.getEmail());
                    address(contact.getPhone());
                });
            }
            return this;
        }

        public Builder commitments(Collection<CommitmentSummary> values) {
            commitments.addAll(values);
            return this;
        }

        /** What {@code checkId}'s {@link CheckData} read; ignored when {@code null}. */
        public Builder data(String checkId, Object value) {
            if (value != null) {
                data.put(checkId, value);
            }
            return this;
        }

        public Builder competitors(Collection<String> names) {
            for (String name : names) {
                if (name != null && !name.isBlank()) {
                    competitors.add(normalise(name.trim()));
                }
            }
            return this;
        }

        /** The company's own addresses, domains ({@code @example.com}) and phone numbers. */
        public Builder ownAddresses(Collection<String> values) {
            values.forEach(this::address);
            return this;
        }

        private void address(String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            String trimmed = value.trim().toLowerCase(Locale.ROOT);
            String compact = trimmed.replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$
            if (trimmed.contains("@")) { //$NON-NLS-1$
                ownAddresses.add(trimmed);
            } else if (dev.candor.ethics.internal.Addresses.looksLikeIban(compact)) {
                ownAddresses.add(compact); // a bank account (IBAN)
            } else {
                String digits = trimmed.replaceAll("\\D", ""); //$NON-NLS-1$ //$NON-NLS-2$
                if (!digits.isEmpty()) {
                    ownAddresses.add(digits);
                }
            }
        }

        public Builder calendar(BusinessCalendar value) {
            calendar = Objects.requireNonNull(value);
            return this;
        }

        /** When the review is made (late answers and overdue promises are judged as of then); required. */
        public Builder now(long epochMillis) {
            now = epochMillis;
            return this;
        }

        /** @throws IllegalStateException if {@link #now(long)} was not given */
        public ReviewContext build() {
            if (now == null) {
                throw new IllegalStateException("a review context needs the time of the review: call now(...)"); //$NON-NLS-1$
            }
            return new ReviewContext(this);
        }
    }
}
