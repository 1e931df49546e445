package dev.candor.demo;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.candor.commitments.Commitments;
import dev.candor.commitments.ResponsePolicies;
import dev.candor.model.Customer;
import dev.candor.model.Interaction;
import dev.candor.model.Priority;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreException;

/**
 * Fills an empty database with the demo data set through the ordinary store
 * API, so every record is validated. One transaction per customer: cancelling
 * keeps the customers already written, each complete.
 *
 * @since 0.1
 */
public final class DemoSeeder {

    /** What was written. */
    public record Result(int customers, int interactions, int commitments) {
    }

    /** One customer in this many is recorded a second time, slightly differently. */
    public static final int DUPLICATE_EVERY = 97;

    private DemoSeeder() {
    }

    /**
     * The same customer as a colleague might have typed it again: the name's
     * words in the other order, the e-mail in capitals, the phone without spaces.
     */
    static Customer duplicateOf(Customer original) {
        Customer twin = org.eclipse.emf.ecore.util.EcoreUtil.copy(original);
        twin.setId(0);
        twin.setVersion(0);
        twin.getContacts().clear();
        twin.getTags().clear();
        twin.setNotes(null);
        String[] words = original.getName().split(" ");
        if (words.length == 2 && original.getKind() == dev.candor.model.CustomerKind.PERSON) {
            twin.setName(words[1] + " " + words[0]);
        }
        if (original.getEmail() != null) {
            twin.setEmail(original.getEmail().toUpperCase(java.util.Locale.ROOT));
        }
        if (original.getPhone() != null) {
            twin.setPhone(original.getPhone().replace(" ", ""));
        }
        return twin;
    }

    /**
     * Writes {@code customers} customers with their history, dated relative to the clock's time;
     * the answers owed follow the default response-time policy in the clock's zone.
     */
    public static Result seed(CandorStore store, long seed, java.time.Clock clock, int customers,
            int interactionsPerCustomer, IProgressMonitor monitor) throws StoreException {
        SubMonitor progress = SubMonitor.convert(monitor, customers);
        DemoDataGenerator generator = new DemoDataGenerator(seed, clock.millis());
        ResponsePolicies policies = ResponsePolicies.defaults(clock.getZone());
        int[] counts = new int[4];
        for (int i = 0; i < customers; i++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Customer customer = generator.nextCustomer();
            store.call(session -> {
                session.customers().save(customer);
                List<Interaction> interactions = new ArrayList<>();
                // a few customers are busy, most are not: 1..2n interactions
                int count = 1 + (int) (Math.abs((customer.getName().hashCode() * 31L) % (2L * interactionsPerCustomer)));
                for (int k = 0; k < count; k++) {
                    Interaction interaction = generator.nextInteraction(customer);
                    session.interactions().save(interaction);
                    interactions.add(interaction);
                }
                counts[1] += count;
                // as if each had been logged in order: inbound messages awaiting an answer owe one
                // under the default response-time policy, and a later outbound contact answers them
                List<Interaction> inOrder = new ArrayList<>(interactions);
                inOrder.sort(java.util.Comparator.comparing(Interaction::getStartedAt));
                for (Interaction interaction : inOrder) {
                    counts[2] += (int) Commitments.interactionLogged(session, interaction, policies, Priority.MEDIUM)
                            .stream().filter(c -> c.getHistory().isEmpty()).count();
                }
                for (int k = 0; k < Math.min(3, interactions.size()); k += 2) {
                    session.commitments().save(generator.nextCommitment(customer, interactions.get(k)));
                    counts[2]++;
                }
                return null;
            });
            counts[0]++;
            if (i % DUPLICATE_EVERY == DUPLICATE_EVERY - 1) {
                // Real databases hold people recorded twice; the demo shows how Candor finds and merges them.
                Customer twin = duplicateOf(customer);
                store.call(session -> {
                    session.customers().save(twin);
                    session.interactions().save(generator.nextInteraction(twin));
                    return null;
                });
                counts[0]++;
                counts[1]++;
            }
            progress.worked(1);
        }
        return new Result(counts[0], counts[1], counts[2]);
    }
}
