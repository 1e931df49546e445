package dev.candor.commitments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentChange;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.model.Priority;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;
import dev.candor.commitments.internal.Messages;
import org.eclipse.osgi.util.NLS;
import dev.candor.nls.Plurals;

/**
 * The life of a commitment: made, then kept, broken, renegotiated or cancelled, every
 * change recorded with who, when and why; and the answers owed under the response-time
 * policy, opened when a message awaits an answer and kept when the answer is logged.
 *
 * @since 0.1
 */
public final class Commitments {

    private Commitments() {
    }

    /** A new open promise made at {@code madeAt}; not yet stored. */
    public static Commitment promise(long customerId, String description, String owner, String promisedTo,
            Instant due, Priority priority, Long sourceInteractionId, Instant madeAt) {
        Commitment c = CandorFactory.eINSTANCE.createCommitment();
        c.setCreatedAt(madeAt == null ? null : Date.from(madeAt));
        c.setCustomerId(customerId);
        c.setDescription(description);
        c.setOwner(owner);
        c.setPromisedTo(promisedTo);
        c.setDueAt(due == null ? null : Date.from(due));
        c.setPriority(priority);
        c.setStatus(CommitmentStatus.OPEN);
        c.setKind(CommitmentKind.PROMISE);
        c.setSourceInteractionId(sourceInteractionId);
        return c;
    }

    /**
     * Moves an open commitment to {@code to} and records the change. Renegotiating needs
     * the new due time and a note of what the customer was told; breaking or cancelling
     * needs a reason.
     *
     * @throws IllegalArgumentException with a message for the user when the change is not allowed;
     *                                  the commitment is then unchanged
     */
    public static void changeStatus(Commitment commitment, CommitmentStatus to, String by, String note,
            Instant newDue, Instant now) {
        CommitmentStatus from = commitment.getStatus();
        String what = "\u201c" + commitment.getDescription() + "\u201d";
        if (!CommitmentSummary.isOpen(from)) {
            throw new IllegalArgumentException(NLS.bind(Messages.closedAlready, what, from.getLiteral()));
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException(NLS.bind(Messages.whoUnknown, what));
        }
        String reason = note == null ? null : note.strip();
        switch (to) {
        case OPEN -> throw new IllegalArgumentException(NLS.bind(Messages.reopen, what));
        case RENEGOTIATED -> {
            if (newDue == null || !newDue.isAfter(now)) {
                throw new IllegalArgumentException(NLS.bind(Messages.newDueInPast, what));
            }
            if (reason == null || reason.isEmpty()) {
                throw new IllegalArgumentException(NLS.bind(Messages.renegotiateNote, what));
            }
        }
        case BROKEN, CANCELLED -> {
            if (reason == null || reason.isEmpty()) {
                throw new IllegalArgumentException(NLS.bind(Messages.reasonNeeded, what));
            }
        }
        default -> {
            // kept: a note is welcome, not required
        }
        }
        if (reason != null && reason.length() > 4000) {
            throw new IllegalArgumentException(Plurals.format(Messages.noteTooLong, what, reason.length()));
        }
        CommitmentChange change = CandorFactory.eINSTANCE.createCommitmentChange();
        change.setChangedAt(Date.from(now));
        change.setChangedBy(by.strip());
        change.setFromStatus(from);
        change.setToStatus(to);
        change.setNote(reason == null || reason.isEmpty() ? null : reason);
        if (to == CommitmentStatus.RENEGOTIATED) {
            change.setPreviousDueAt(commitment.getDueAt());
            change.setNewDueAt(Date.from(newDue));
            commitment.setDueAt(Date.from(newDue));
            commitment.setClosedAt(null);
        } else {
            commitment.setClosedAt(Date.from(now));
        }
        commitment.getHistory().add(change);
        commitment.setStatus(to);
    }

    /**
     * Applies the response-time policy to a logged interaction: an inbound one that awaits an
     * answer opens a "respond" commitment due at the policy's first-response time; an
     * outbound one keeps the customer's open "respond" commitments that came before it.
     * Idempotent: logging the same interaction again changes nothing.
     *
     * @return the commitments opened or kept, already saved
     */
    public static List<Commitment> interactionLogged(StoreSession session, Interaction interaction,
            ResponsePolicies policies, Priority priority) throws StoreException {
        List<Commitment> changed = new ArrayList<>();
        if (interaction.getId() == 0 || interaction.getStartedAt() == null) {
            return changed;
        }
        Instant at = interaction.getStartedAt().toInstant();
        if (interaction.getDirection() == Direction.INBOUND && interaction.isAwaitingResponse()) {
            boolean owed = session.commitments().listForInteraction(interaction.getId()).stream()
                    .anyMatch(c -> c.getKind() == CommitmentKind.RESPOND);
            if (!owed) {
                String owner = owner(session, interaction);
                ResponsePolicy policy = policies.policyFor(owner);
                // written into the customer's records: in the language chosen for the customer
                Commitment respond = promise(interaction.getCustomerId(),
                        NLS.bind(text(session, interaction, "respondTo"), interaction.getSubject()), owner, //$NON-NLS-1$
                        interaction.getParticipants().isEmpty() ? null : interaction.getParticipants().get(0),
                        policy.firstResponseDue(priority, at), priority, interaction.getId(), at);
                respond.setKind(CommitmentKind.RESPOND);
                changed.add(session.commitments().save(respond));
            }
        } else if (interaction.getDirection() == Direction.OUTBOUND) {
            String answered = null; // read once, if an answer is owed at all
            for (Commitment c : session.commitments().listForCustomer(interaction.getCustomerId())) {
                if (c.getKind() == CommitmentKind.RESPOND && CommitmentSummary.isOpen(c.getStatus()) && c.getCreatedAt() != null
                        && !c.getCreatedAt().toInstant().isAfter(at)) {
                    String by = interaction.getAccountManager() == null || interaction.getAccountManager().isBlank()
                            ? c.getOwner() : interaction.getAccountManager();
                    if (answered == null) {
                        answered = answered(session, interaction);
                    }
                    changeStatus(c, CommitmentStatus.KEPT, by, answered, null, at);
                    changed.add(session.commitments().save(c));
                }
            }
        }
        return changed;
    }

    /**
     * A promise's words compared with a commitment's description: a description keeps at most
     * 500 characters (the suggestion dialog cuts longer sentences with an ellipsis), and spacing
     * and case do not make another promise.
     */
    public static String normalised(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        String cut = text.endsWith("\u2026") && text.length() == 500 ? text.substring(0, 499) //$NON-NLS-1$
                : text.length() > 499 ? text.substring(0, 499) : text;
        return cut.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Whether the interaction's text is the customer's own words: a written message (e-mail,
     * chat, social message, letter) that came from them. The promises in it are theirs ("we will
     * pay by Tuesday"), never ours. The notes of a call or a meeting are the account manager's
     * account of it, whoever called: "I promised the offer by Friday" is ours.
     */
    public static boolean customersWords(Interaction interaction) {
        if (interaction.getDirection() != Direction.INBOUND || interaction.getChannel() == null) {
            return false;
        }
        return switch (interaction.getChannel()) {
        case EMAIL, CHAT, SOCIAL, LETTER -> true;
        default -> false;
        };
    }

    /**
     * The promises an interaction's subject and notes make, with due times counted from when it
     * took place in the calendar of the account manager's team; none when its text is the
     * customer's own words ({@link #customersWords}).
     */
    public static List<PromiseSuggestion> promisesIn(Interaction interaction, ResponsePolicy policy) {
        if (customersWords(interaction)) {
            return List.of();
        }
        String subject = interaction.getSubject() == null ? "" : interaction.getSubject().strip();
        // the subject ends a sentence; a subject that already ends one gets no second full stop
        boolean ended = subject.isEmpty() || ".!?\u2026".indexOf(subject.charAt(subject.length() - 1)) >= 0;
        String text = subject + (ended ? "\n" : ".\n") + (interaction.getNotes() == null ? "" : interaction.getNotes());
        return new PromiseDetector().detect(text,
                interaction.getStartedAt().toInstant().atZone(policy.calendar().zone()), policy.calendar());
    }

    /** A text of this bundle in the language chosen for the interaction's customer (the UI's when none is). */
    private static String text(StoreSession session, Interaction interaction, String key) throws StoreException {
        return dev.candor.nls.Texts.in(language(session, interaction), Messages.class, key);
    }

    /** The language chosen for the interaction's customer. */
    private static java.util.Locale language(StoreSession session, Interaction interaction) throws StoreException {
        return session.customers().find(interaction.getCustomerId())
                .map(c -> c.getPreferredLanguage()).map(l -> java.util.Locale.forLanguageTag(l.getLiteral()))
                .orElse(java.util.Locale.getDefault());
    }

    /** The interaction's channel named in the customer's language (it was the code word, "email"). */
    /**
     * The note of the answer that keeps a response-time commitment, with the channel named in the
     * customer's language (it was the code word, "email"); the customer read once.
     */
    private static String answered(StoreSession session, Interaction interaction) throws StoreException {
        java.util.Locale language = language(session, interaction);
        Channel channel = interaction.getChannel();
        String by = channel == null ? "?" //$NON-NLS-1$
                : dev.candor.nls.Texts.in(language, Messages.class, "channel_" + channel.getLiteral()); //$NON-NLS-1$
        return NLS.bind(dev.candor.nls.Texts.in(language, Messages.class, "answeredBy"), by, interaction.getSubject()); //$NON-NLS-1$
    }

    private static String owner(StoreSession session, Interaction interaction) throws StoreException {
        if (interaction.getAccountManager() != null && !interaction.getAccountManager().isBlank()) {
            return interaction.getAccountManager();
        }
        return session.customers().find(interaction.getCustomerId()).map(c -> c.getOwner()).orElse("?");
    }
}
