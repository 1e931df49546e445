package dev.candor.profiles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.candor.model.Contact;
import dev.candor.model.Customer;
import dev.candor.store.RecordCounts;
import dev.candor.store.SearchKeys;

/**
 * How two records of one customer become one. The survivor's own values always
 * win; what it lacks comes from the duplicate, so nothing known is lost.
 *
 * @since 0.1
 */
public final class CustomerMerge {

    private CustomerMerge() {
    }

    /**
     * A copy of {@code survivor} completed from {@code duplicate}: empty fields
     * filled, tags and contacts added (a contact with the same e-mail or name is
     * kept once), the duplicate's notes appended under a line naming it.
     * Consents are the survivor's: a consent is never inferred from another record.
     */
    public static Customer combine(Customer survivor, Customer duplicate) {
        Customer merged = EcoreUtil.copy(survivor);
        merged.setOrganisation(prefer(survivor.getOrganisation(), duplicate.getOrganisation()));
        merged.setEmail(prefer(survivor.getEmail(), duplicate.getEmail()));
        merged.setPhone(prefer(survivor.getPhone(), duplicate.getPhone()));
        merged.setCity(prefer(survivor.getCity(), duplicate.getCity()));
        merged.setCountry(prefer(survivor.getCountry(), duplicate.getCountry()));
        if (merged.getPreferredLanguage() == null) {
            merged.setPreferredLanguage(duplicate.getPreferredLanguage());
        }
        if (merged.getPreferredChannel() == null) {
            merged.setPreferredChannel(duplicate.getPreferredChannel());
        }
        if (duplicate.getCreatedAt() != null
                && (merged.getCreatedAt() == null || duplicate.getCreatedAt().before(merged.getCreatedAt()))) {
            merged.setCreatedAt(duplicate.getCreatedAt()); // the relationship began with the older record
        }
        Set<String> tags = new LinkedHashSet<>(merged.getTags());
        Set<String> folded = new LinkedHashSet<>();
        tags.forEach(tag -> folded.add(SearchKeys.fold(tag)));
        for (String tag : duplicate.getTags()) {
            if (folded.add(SearchKeys.fold(tag))) {
                merged.getTags().add(tag);
            }
        }
        Set<String> known = new LinkedHashSet<>();
        for (Contact contact : merged.getContacts()) {
            known.addAll(contactKeys(contact));
        }
        // The duplicate's own name and address become a contact when they differ from the survivor's.
        List<Contact> candidates = new ArrayList<>(EcoreUtil.copyAll(duplicate.getContacts()));
        for (Contact contact : candidates) {
            List<String> keys = contactKeys(contact);
            if (keys.stream().noneMatch(known::contains)) {
                contact.setPrimary(false);
                merged.getContacts().add(contact);
                known.addAll(keys);
            }
        }
        String theirNotes = duplicate.getNotes();
        if (theirNotes != null && !theirNotes.isBlank()) {
            String ours = merged.getNotes() == null || merged.getNotes().isBlank() ? "" : merged.getNotes() + "\n\n"; //$NON-NLS-1$ //$NON-NLS-2$
            merged.setNotes(ours + "\u2014 " + duplicate.getName() + " (#" + duplicate.getId() + ") \u2014\n" + theirNotes); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return merged;
    }

    private static List<String> contactKeys(Contact contact) {
        List<String> keys = new ArrayList<>(2);
        String email = SearchKeys.email(contact.getEmail());
        if (email != null) {
            keys.add("e" + email); //$NON-NLS-1$
        }
        keys.add("n" + SearchKeys.personName(contact.getName())); //$NON-NLS-1$
        return keys;
    }

    private static String prefer(String own, String other) {
        return own == null || own.isBlank() ? other : own;
    }

    /** "5 interactions, 2 commitments (1 open), 3 ethics reviews and 2 customer feedback"; or "nothing attached". */
    public static String describe(RecordCounts counts) {
        List<String> parts = new ArrayList<>();
        add(parts, counts.interactions(), "interaction", "interactions"); //$NON-NLS-1$ //$NON-NLS-2$
        if (counts.commitments() > 0) {
            parts.add(counts.commitments() + (counts.commitments() == 1 ? " commitment" : " commitments") //$NON-NLS-1$ //$NON-NLS-2$
                    + " (" + counts.openCommitments() + " open)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        counts.contributed().forEach((what, count) -> parts.add(count + " " + what)); //$NON-NLS-1$
        add(parts, counts.reviews(), "ethics review", "ethics reviews"); //$NON-NLS-1$ //$NON-NLS-2$
        if (parts.isEmpty()) {
            return "nothing attached"; //$NON-NLS-1$
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void add(List<String> parts, long count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many)); //$NON-NLS-1$
        }
    }

    /** The audit summary of a merge. */
    public static String summary(Customer duplicate, Customer survivor, RecordCounts moved) {
        return "Merged \u201c" + duplicate.getName() + "\u201d (#" + duplicate.getId() + ") into \u201c" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + survivor.getName() + "\u201d (#" + survivor.getId() + "), moving " + describe(moved) + "."; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The audit details of a merge: both records as they were, and the counts. */
    public static String details(Customer survivor, Customer duplicate, RecordCounts moved) {
        String text = "Kept:\n" + snapshot(survivor) + "\nMerged and deleted:\n" + snapshot(duplicate) //$NON-NLS-1$ //$NON-NLS-2$
                + "\nMoved: " + describe(moved); //$NON-NLS-1$
        return text.length() > 32000 ? text.substring(0, 31990) + "\n[\u2026]" : text; //$NON-NLS-1$ // the trail, not the record
    }

    /** A customer as readable text, for the audit trail. */
    public static String snapshot(Customer c) {
        StringBuilder out = new StringBuilder();
        line(out, "id", String.valueOf(c.getId())); //$NON-NLS-1$
        line(out, "version", String.valueOf(c.getVersion())); //$NON-NLS-1$
        line(out, "name", c.getName()); //$NON-NLS-1$
        line(out, "kind", c.getKind() == null ? null : c.getKind().getLiteral()); //$NON-NLS-1$
        line(out, "organisation", c.getOrganisation()); //$NON-NLS-1$
        line(out, "email", c.getEmail()); //$NON-NLS-1$
        line(out, "phone", c.getPhone()); //$NON-NLS-1$
        line(out, "city", c.getCity()); //$NON-NLS-1$
        line(out, "country", c.getCountry()); //$NON-NLS-1$
        line(out, "language", c.getPreferredLanguage() == null ? null : c.getPreferredLanguage().getLiteral()); //$NON-NLS-1$
        line(out, "channel", c.getPreferredChannel() == null ? null : c.getPreferredChannel().getLiteral()); //$NON-NLS-1$
        line(out, "owner", c.getOwner()); //$NON-NLS-1$
        line(out, "tags", String.join(", ", c.getTags())); //$NON-NLS-1$ //$NON-NLS-2$
        line(out, "consents", "marketing=" + c.isConsentMarketing() + ", data=" + c.isConsentDataProcessing() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", recording=" + c.isConsentRecording()); //$NON-NLS-1$
        for (Contact contact : c.getContacts()) {
            line(out, "contact", contact.getName() + " / " + contact.getRole() + " / " + contact.getEmail() + " / " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + contact.getPhone());
        }
        line(out, "notes", c.getNotes()); //$NON-NLS-1$
        return out.toString();
    }

    private static void line(StringBuilder out, String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.append("  ").append(key).append(": ").append(value.replace("\n", "\n    ")).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }
}
