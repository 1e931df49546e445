package dev.candor.ui.tests;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.candor.model.Customer;
import dev.candor.profiles.ui.ProfileSection;

/** Profile sections contributed by this test bundle through dev.candor.profiles.ui.sections. */
public final class TestSections {

    /** Names of customers for whom {@link Failing} throws. */
    static final String EXPLODES = "Explode";

    private TestSections() {
    }

    /** Shows the customer's name and owner, as an extension would show its own data. */
    public static final class Account implements ProfileSection {
        private Label label;

        @Override
        public void createContent(Composite parent, FormToolkit toolkit) {
            toolkit.createLabel(parent, "Account of");
            label = toolkit.createLabel(parent, "");
        }

        @Override
        public void setCustomer(Customer customer) {
            label.setText(customer.getName() + " / " + customer.getOwner());
            label.getParent().layout(true);
        }

        String text() {
            return label.getText();
        }
    }

    /** Throws while building for customers whose name contains {@value #EXPLODES}. */
    public static final class Failing implements ProfileSection {
        @Override
        public void createContent(Composite parent, FormToolkit toolkit) {
            toolkit.createLabel(parent, "built");
        }

        @Override
        public void setCustomer(Customer customer) {
            if (customer.getName() != null && customer.getName().contains(EXPLODES)) {
                throw new IllegalStateException("broken on purpose");
            }
        }
    }
}
