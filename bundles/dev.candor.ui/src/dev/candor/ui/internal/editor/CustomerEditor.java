package dev.candor.ui.internal.editor;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.EditorPart;

import dev.candor.model.Contact;
import dev.candor.model.Customer;
import dev.candor.store.CandorStore;
import dev.candor.ui.internal.Labels;
import dev.candor.ui.internal.Messages;
import dev.candor.ui.internal.StoreAccess;

/**
 * A customer's record, read-only for now: the profile editor of a later
 * bundle replaces the form. Loads in a job so a slow database never blocks
 * the window.
 */
public final class CustomerEditor extends EditorPart {

    private FormToolkit toolkit;
    private ScrolledForm form;
    private Customer customer;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof CustomerEditorInput)) {
            throw new PartInitException("The customer editor cannot open " + input.getName()); //$NON-NLS-1$
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    private CustomerEditorInput input() {
        return (CustomerEditorInput) getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(input().getName());
        toolkit.decorateFormHeading(form.getForm());
        form.setMessage(NLS.bind(Messages.Editor_Loading, input().getName()), IMessageProvider.INFORMATION);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(16, 10)
                .applyTo(form.getBody());
        load();
    }

    private void load() {
        long id = input().getCustomerId();
        Job.create(NLS.bind(Messages.Editor_LoadJob, input().getName()), (IProgressMonitor monitor) -> {
            CandorStore store = StoreAccess.await(StoreAccess.OPEN_TIMEOUT_MILLIS).orElse(null);
            if (store == null) {
                asyncMessage(Messages.Customers_NoStore);
                return Status.OK_STATUS;
            }
            Optional<Customer> found;
            try {
                found = store.call(session -> session.customers().find(id));
            } catch (Exception e) {
                asyncMessage(NLS.bind(Messages.Editor_LoadFailed, e.getMessage()));
                return Status.info(e.getMessage());
            }
            if (found.isEmpty()) {
                asyncMessage(NLS.bind(Messages.Editor_NotFound, input().getName()));
            } else if (!form.isDisposed()) {
                form.getDisplay().asyncExec(() -> show(found.get()));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void asyncMessage(String text) {
        if (!form.isDisposed()) {
            form.getDisplay().asyncExec(() -> {
                if (!form.isDisposed()) {
                    form.setMessage(text, IMessageProvider.ERROR);
                }
            });
        }
    }

    private void show(Customer loaded) {
        if (form.isDisposed()) {
            return;
        }
        customer = loaded;
        setPartName(loaded.getName());
        form.setText(loaded.getName());
        form.setMessage(Messages.Editor_ReadOnly, IMessageProvider.NONE);
        Composite identity = section(Messages.Editor_SectionIdentity);
        field(identity, Messages.Editor_Kind, Labels.of(loaded.getKind()));
        field(identity, Messages.Editor_Organisation, loaded.getOrganisation());
        field(identity, Messages.Editor_Email, loaded.getEmail());
        field(identity, Messages.Editor_Phone, loaded.getPhone());
        field(identity, Messages.Editor_City, loaded.getCity());
        field(identity, Messages.Editor_Country, loaded.getCountry());
        field(identity, Messages.Editor_Created,
                loaded.getCreatedAt() == null ? null : DateFormat.getDateInstance(DateFormat.MEDIUM).format(loaded.getCreatedAt()));

        Composite preferences = section(Messages.Editor_SectionPreferences);
        field(preferences, Messages.Editor_Owner, loaded.getOwner());
        field(preferences, Messages.Editor_Language, Labels.of(loaded.getPreferredLanguage()));
        field(preferences, Messages.Editor_Channel, Labels.of(loaded.getPreferredChannel()));
        field(preferences, Messages.Editor_Tags, String.join(", ", loaded.getTags())); //$NON-NLS-1$
        List<String> consents = new ArrayList<>();
        if (loaded.isConsentMarketing()) {
            consents.add(Messages.Editor_ConsentMarketing);
        }
        if (loaded.isConsentDataProcessing()) {
            consents.add(Messages.Editor_ConsentData);
        }
        if (loaded.isConsentRecording()) {
            consents.add(Messages.Editor_ConsentRecording);
        }
        field(preferences, Messages.Editor_Consent,
                consents.isEmpty() ? Messages.Editor_ConsentNone : String.join(", ", consents)); //$NON-NLS-1$

        Composite contacts = section(Messages.Editor_SectionContacts);
        if (loaded.getContacts().isEmpty()) {
            toolkit.createLabel(contacts, Messages.Editor_NoContacts).setLayoutData(span());
        }
        for (Contact contact : loaded.getContacts()) {
            String who = contact.getRole() == null ? contact.getName() : contact.getName() + " (" + contact.getRole() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            List<String> reach = new ArrayList<>();
            if (contact.getEmail() != null) {
                reach.add(contact.getEmail());
            }
            if (contact.getPhone() != null) {
                reach.add(contact.getPhone());
            }
            field(contacts, who, String.join("  ·  ", reach)); //$NON-NLS-1$
        }

        Composite notes = section(Messages.Editor_SectionNotes);
        String text = loaded.getNotes() == null || loaded.getNotes().isBlank() ? Messages.Editor_NoNotes : loaded.getNotes();
        Control notesLabel = toolkit.createLabel(notes, text, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(notesLabel);
        form.reflow(true);
    }

    private static Object span() {
        return GridDataFactory.fillDefaults().span(2, 1).create();
    }

    private Composite section(String title) {
        Section section = toolkit.createSection(form.getBody(), ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.TOP).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).margins(4, 4).applyTo(client);
        section.setClient(client);
        return client;
    }

    private void field(Composite parent, String label, String value) {
        toolkit.createLabel(parent, label).setForeground(
                parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        String shown = value == null || value.isBlank() ? Messages.Editor_Unknown : value;
        Control valueLabel = toolkit.createLabel(parent, shown, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(valueLabel);
    }

    /** The loaded customer, or {@code null} while loading; for tests. */
    public Customer getCustomer() {
        return customer;
    }

    /** The form's title; for tests. */
    public String getFormTitle() {
        return form.getText();
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // read-only
    }

    @Override
    public void doSaveAs() {
        // read-only
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
