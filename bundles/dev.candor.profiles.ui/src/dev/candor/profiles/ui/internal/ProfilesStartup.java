package dev.candor.profiles.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

import dev.candor.model.CandorFactory;
import dev.candor.model.Contact;
import dev.candor.model.Customer;
import dev.candor.model.validation.ModelValidation;
import dev.candor.store.StoreException;
import dev.candor.ui.Background;
import dev.candor.ui.Services;
import dev.candor.history.InteractionService;
import dev.candor.profiles.CustomerService;

/**
 * While the user reads the customer list (in a job), loads the profile editor's code (forms,
 * data binding, EMF editing) and EMF's validation, and runs the queries behind
 * a profile and a history once for a customer that cannot exist: Derby
 * compiles each statement on first use (tens of milliseconds each) and then
 * keeps the plan; and it builds the editor's form for a sample customer off
 * screen on the UI thread. The queries and the form wait until the window
 * has painted the customers ({@link Background#afterStartup}). The
 * first profile then opens about as fast as the next ones.
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

    /** The throwaway form waits this long after the customers painted, so that the queries go first. */
    static final int FORM_WARM_UP_DELAY_MILLIS = 250;

    @Override
    public void earlyStartup() {
        // a job of its own waits for the database: not the UI thread, nor the early-startup
        // thread that the other bundles' start-ups share
        org.eclipse.core.runtime.jobs.Job warmUp = org.eclipse.core.runtime.jobs.Job.create("Candor profile warm-up", //$NON-NLS-1$
                monitor -> {
                    loadClasses();
                    try {
                        CustomerService customers = Services.await(CustomerService.class, Services.OPEN_TIMEOUT_MILLIS)
                                .orElse(null);
                        InteractionService interactions = Services.await(InteractionService.class, 1_000).orElse(null);
                        if (customers != null) {
                            customers.find(-1);
                            customers.facts(-1);
                        }
                        if (interactions != null) {
                            interactions.listForCustomer(-1, 0, 1);
                        }
                    } catch (StoreException | RuntimeException e) {
                        // only a head start: the same queries compile when first used
                    }
                });
        warmUp.setSystem(true);
        if (PlatformUI.isWorkbenchRunning()) {
            // Neither the queries nor the throwaway form compete with the window's first paint
            // of the customers; the user then reads the list for a while before opening one.
            Display display = PlatformUI.getWorkbench().getDisplay();
            Background.afterStartup(display, () -> {
                warmUp.schedule();
                display.timerExec(FORM_WARM_UP_DELAY_MILLIS, () -> warmUpForms(display));
            });
        } else {
            warmUp.schedule();
        }
    }

    private static void loadClasses() {
        ClassLoader loader = ProfilesStartup.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // only a head start; the editor loads what it needs when it opens
            }
        }
        ModelValidation.validate(CandorFactory.eINSTANCE.createCustomer());
        ProfileSections.all(); // the contributed sections, read before the first profile asks
    }

    /** The editor's own form for a sample customer, in a shell that is never shown. */
    private static void warmUpForms(Display display) {
        // A quick session (a smoke test, an immediate exit) may end first: disposing the
        // display still runs timers, outside the workbench and its data-binding realm.
        if (display.isDisposed() || !PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isClosing()) {
            return;
        }
        Shell shell = new Shell(display, SWT.NO_TRIM);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(900, 700);
            ProfileEditor.warmUp(shell, sample());
        } finally {
            shell.dispose();
        }
    }

    private static Customer sample() {
        Customer customer = CandorFactory.eINSTANCE.createCustomer();
        customer.setName("Sample"); //$NON-NLS-1$
        customer.setOwner("sample"); //$NON-NLS-1$
        Contact contact = CandorFactory.eINSTANCE.createContact();
        contact.setName("Sample"); //$NON-NLS-1$
        customer.getContacts().add(contact);
        return customer;
    }
}
