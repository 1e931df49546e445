package dev.candor.profiles.ui.internal;

import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.ManagedForm;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

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
 * keeps the plan; and it builds one throwaway form on the UI thread. The
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

    /** Early start-up begins before the window shows; the throwaway form waits this long after. */
    static final int FORM_WARM_UP_DELAY_MILLIS = 3_000;

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
        if (PlatformUI.isWorkbenchRunning()) {
            // On the UI thread, but not while the window and the customer list are still being built.
            Display display = PlatformUI.getWorkbench().getDisplay();
            display.asyncExec(() -> display.timerExec(FORM_WARM_UP_DELAY_MILLIS, () -> warmUpForms(display)));
        }
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

    /**
     * Builds a small form in a shell that is never shown, and throws it away:
     * the first form of a session costs Forms and GTK twice what the next one
     * does (colours, heading, widget styles); this pays it once, after start-up.
     */
    private static void warmUpForms(Display display) {
        // A quick session (a smoke test, an immediate exit) may end before the delay: disposing
        // the display then still runs this timer, outside the workbench and its data-binding realm.
        if (display.isDisposed() || !PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isClosing()) {
            return;
        }
        Shell shell = new Shell(display, SWT.NO_TRIM);
        FormToolkit toolkit = new FormToolkit(display);
        try {
            ScrolledForm form = toolkit.createScrolledForm(shell);
            toolkit.decorateFormHeading(form.getForm());
            form.setText(" "); //$NON-NLS-1$
            ManagedForm managed = new ManagedForm(toolkit, form);
            form.getBody().setLayout(new GridLayout());
            Section section = toolkit.createSection(form.getBody(), ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
            section.setText(" "); //$NON-NLS-1$
            Composite client = toolkit.createComposite(section);
            client.setLayout(new GridLayout(2, false));
            toolkit.createLabel(client, " "); //$NON-NLS-1$
            toolkit.createText(client, ""); //$NON-NLS-1$
            ComboViewer combo = new ComboViewer(client, SWT.READ_ONLY);
            toolkit.adapt(combo.getCombo());
            combo.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
            combo.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider());
            combo.setInput(new Object[] { " " }); //$NON-NLS-1$
            org.eclipse.swt.widgets.Button check = toolkit.createButton(client, " ", SWT.CHECK); //$NON-NLS-1$
            Table table = toolkit.createTable(client, SWT.FULL_SELECTION);
            org.eclipse.jface.viewers.TableViewer viewer = new org.eclipse.jface.viewers.TableViewer(table);
            viewer.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
            new org.eclipse.jface.viewers.TableViewerColumn(viewer, SWT.NONE).setLabelProvider(
                    new org.eclipse.jface.viewers.ColumnLabelProvider());
            org.eclipse.jface.viewers.TableViewerEditor.create(viewer,
                    new org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy(viewer),
                    org.eclipse.jface.viewers.ColumnViewerEditor.TABBING_HORIZONTAL);
            viewer.setInput(new Object[] { " " }); //$NON-NLS-1$
            // the data binding the form uses, against plain values
            org.eclipse.core.databinding.DataBindingContext bindings = new org.eclipse.core.databinding.DataBindingContext();
            org.eclipse.swt.widgets.Text text = toolkit.createText(client, ""); //$NON-NLS-1$
            bindings.bindValue(org.eclipse.jface.databinding.swt.typed.WidgetProperties.text(SWT.Modify)
                    .observeDelayed(250, text), new org.eclipse.core.databinding.observable.value.WritableValue<>());
            bindings.bindValue(org.eclipse.jface.databinding.viewers.typed.ViewerProperties.singleSelection()
                    .observe(combo), new org.eclipse.core.databinding.observable.value.WritableValue<>());
            bindings.bindValue(org.eclipse.jface.databinding.swt.typed.WidgetProperties.buttonSelection().observe(check),
                    new org.eclipse.core.databinding.observable.value.WritableValue<>());
            bindings.dispose();
            toolkit.createText(client, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
            toolkit.paintBordersFor(client);
            section.setClient(client);
            form.reflow(true);
            managed.dispose();
        } finally {
            toolkit.dispose();
            shell.dispose();
        }
    }
}
