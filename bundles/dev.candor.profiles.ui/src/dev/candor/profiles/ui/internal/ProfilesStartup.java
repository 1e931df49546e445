package dev.candor.profiles.ui.internal;

import org.eclipse.ui.IStartup;

import dev.candor.model.CandorFactory;
import dev.candor.model.Customer;
import dev.candor.model.validation.ModelValidation;
import dev.candor.store.StoreException;
import dev.candor.ui.StoreAccess;

/**
 * While the user reads the customer list (after the window is up, on the
 * workbench's early-startup thread), loads the profile editor's code (forms,
 * data binding, EMF editing) and EMF's validation, and runs the queries behind
 * a profile and a history once for a customer that cannot exist: Derby
 * compiles each statement on first use (tens of milliseconds each) and then
 * keeps the plan. The first profile then opens as fast as the next ones.
 * Nothing is shown or written.
 */
public final class ProfilesStartup implements IStartup {

    private static final String[] CLASSES = { "dev.candor.profiles.ui.internal.ProfileEditor", //$NON-NLS-1$
            "dev.candor.profiles.ui.internal.ContactsTable", "dev.candor.profiles.ui.internal.ProfileHeader", //$NON-NLS-1$ //$NON-NLS-2$
            "dev.candor.profiles.ui.internal.DomainValueProperty", //$NON-NLS-1$
            "org.eclipse.ui.forms.widgets.FormToolkit", "org.eclipse.ui.forms.widgets.ScrolledForm", //$NON-NLS-1$ //$NON-NLS-2$
            "org.eclipse.ui.forms.ManagedForm", "org.eclipse.ui.forms.widgets.Section", //$NON-NLS-1$ //$NON-NLS-2$
            "org.eclipse.core.databinding.DataBindingContext", //$NON-NLS-1$
            "org.eclipse.jface.databinding.swt.typed.WidgetProperties", //$NON-NLS-1$
            "org.eclipse.jface.databinding.viewers.typed.ViewerProperties", //$NON-NLS-1$
            "org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain", "org.eclipse.emf.edit.command.SetCommand", //$NON-NLS-1$ //$NON-NLS-2$
            "org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory" }; //$NON-NLS-1$

    @Override
    public void earlyStartup() {
        ClassLoader loader = ProfilesStartup.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // only a head start; the editor loads what it needs when it opens
            }
        }
        Customer sample = CandorFactory.eINSTANCE.createCustomer();
        ModelValidation.validate(sample);
        StoreAccess.await(StoreAccess.OPEN_TIMEOUT_MILLIS).ifPresent(store -> {
            try {
                store.call(session -> {
                    session.customers().find(-1);
                    session.customers().facts(-1, new java.util.Date());
                    session.interactions().listForCustomer(-1, 0, 1);
                    return null;
                });
            } catch (StoreException | RuntimeException e) {
                // only a head start: the same queries compile when first used
            }
        });
    }
}
