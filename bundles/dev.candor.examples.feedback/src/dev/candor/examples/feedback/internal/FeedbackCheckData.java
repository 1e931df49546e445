package dev.candor.examples.feedback.internal;

import dev.candor.ethics.CheckData;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/** What the check "feedback answered within 2 business days" needs: the customer's answers, newest first. */
public final class FeedbackCheckData implements CheckData {

    @Override
    public Object read(StoreSession session, long customerId) throws StoreException {
        return new Answers(session.sql()).listForCustomer(customerId);
    }
}
