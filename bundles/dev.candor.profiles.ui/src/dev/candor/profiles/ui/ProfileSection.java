package dev.candor.profiles.ui;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.candor.model.Customer;

/**
 * A section of the Customer Profile contributed by another bundle through
 * the {@code dev.candor.profiles.ui.sections} extension point: the profile
 * editor makes a titled section for it below its own and lets it fill the
 * section's client. A new instance serves each open profile.
 * <p>
 * A section that throws is replaced by a line saying it could not be shown,
 * and the failure goes to the Error Log; the profile itself stays usable.
 *
 * @since 0.1
 */
public interface ProfileSection {

    /**
     * Builds the section's widgets in {@code parent} (a form composite with a
     * two-column grid layout), using {@code toolkit} for form-style widgets.
     */
    void createContent(Composite parent, FormToolkit toolkit);

    /**
     * Shows {@code customer}: after the content is built, and again whenever
     * the profile is read anew (revert, save). The customer is the editor's
     * working copy: read it, do not change it.
     */
    void setCustomer(Customer customer);

    /** Releases what the section holds; the widgets are disposed by the editor. */
    default void dispose() {
    }
}
