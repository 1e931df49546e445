package dev.candor.services.tests;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Customer;

/** What the services' tests share: waiting for a service, a customer to save. */
final class TestServices {

    private TestServices() {
    }

    /** The service once registered, or {@code null} after {@code millis}. */
    static <S> S await(BundleContext context, Class<S> type, long millis) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            return tracker.waitForService(millis);
        } finally {
            tracker.close();
        }
    }

    /** A new customer of {@code owner} reached by e-mail. */
    static Customer customer(String name, String email, String owner) {
        Customer customer = CandorFactory.eINSTANCE.createCustomer();
        customer.setName(name);
        customer.setEmail(email);
        customer.setOwner(owner);
        customer.setPreferredChannel(Channel.EMAIL);
        return customer;
    }
}
