package dev.candor.profiles.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.ManagedForm;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.menus.IMenuService;
import org.eclipse.ui.part.EditorPart;

import dev.candor.model.CandorPackage;
import dev.candor.model.Channel;
import dev.candor.model.Contact;
import dev.candor.model.Customer;
import dev.candor.model.CustomerKind;
import dev.candor.model.Language;
import dev.candor.model.validation.ModelValidation;
import dev.candor.model.validation.Problem;
import dev.candor.profiles.ui.ProfilesUi;
import dev.candor.store.ConflictException;
import dev.candor.store.CustomerFacts;
import dev.candor.store.InvalidDataException;
import dev.candor.store.StoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import dev.candor.ui.Labels;
import dev.candor.ui.Background;
import dev.candor.ui.DataEvents;
import dev.candor.services.DataTopics;
import dev.candor.ui.Services;
import dev.candor.profiles.CustomerService;

/**
 * The Customer Profile: a form bound to a working copy of the customer through
 * an EMF editing domain, so that every change is a command (Undo/Redo), the
 * editor is dirty exactly while the command stack says so, and validation runs
 * after each change with its messages at the fields. Saving is refused while
 * the record is invalid; a record changed by someone else meanwhile is shown
 * side by side with this one and nothing is lost.
 */
public final class ProfileEditor extends EditorPart implements dev.candor.ui.PaintTiming {


    private static final CandorPackage P = CandorPackage.eINSTANCE;

    private FormToolkit toolkit;
    ScrolledForm form;
    private ManagedForm managedForm;
    private Composite body;
    Customer customer;
    /** The customer as stored when this editor read or saved it: what both sides of a conflict started from. */
    Customer base;
    private CustomerFacts facts;
    BasicCommandStack commandStack;
    private AdapterFactoryEditingDomain domain;
    private DataBindingContext bindings;
    ContactsTable contacts;
    private ProfileHeader header;
    final Map<EStructuralFeature, Control> fieldControls = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();
    /** The sections other bundles contributed, as created for this profile. */
    private final List<dev.candor.profiles.ui.ProfileSection> contributed = new ArrayList<>();
    /** The throwaway form of the warm-up leaves contributed sections out: they are other bundles' code. */
    private boolean warmingUp;
    private ProfileOutlinePage outline;
    List<Problem> problems = List.of();
    private String selectedName;
    /** The editor's selection is its customer, so views and commands follow the open profile. */
    private final dev.candor.ui.SimpleSelectionProvider selection = new dev.candor.ui.SimpleSelectionProvider();
    private final Action undo = new Action(Messages.Profile_Undo) {
        @Override
        public void run() {
            commandStack.undo();
        }
    };
    private final Action redo = new Action(Messages.Profile_Redo) {
        @Override
        public void run() {
            commandStack.redo();
        }
    };
    private final CommandStackListener stackListener = event -> getSite().getShell().getDisplay().asyncExec(this::changed);
    private long openedAt;
    private long shownMillis = -1;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ProfileEditorInput)) {
            throw new PartInitException("The profile editor cannot open " + input.getName()); //$NON-NLS-1$
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        site.setSelectionProvider(selection);
        openedAt = System.nanoTime();
    }

    private ProfileEditorInput input() {
        return (ProfileEditorInput) getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        managedForm = new ManagedForm(toolkit, form);
        form.setText(input().getName());
        toolkit.decorateFormHeading(form.getForm());
        form.setMessage(NLS.bind(Messages.Profile_Loading, input().getName()), IMessageProvider.INFORMATION);
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(form.getBody());
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler("org.eclipse.ui.edit.undo", new ActionHandler(undo)); //$NON-NLS-1$
        handlers.activateHandler("org.eclipse.ui.edit.redo", new ActionHandler(redo)); //$NON-NLS-1$
        undo.setEnabled(false);
        redo.setEnabled(false);
        // the header's figures follow what others change about this customer (a call logged, a
        // commitment kept, a review saved), and F5; the record itself only when the user reverts
        Runnable facts = DataEvents.subscribe(parent.getDisplay(), DataTopics.ALL,
                change -> !DataTopics.CUSTOMER.equals(change.entity()) && change.concernsCustomer(input().getCustomerId()),
                change -> refreshFacts());
        // another Candor changed or deleted this very customer: say so at once, without a dialog
        Runnable record = DataEvents.subscribe(parent.getDisplay(), DataTopics.all(DataTopics.CUSTOMER),
                change -> change.remote() && change.concernsRecord(input().getCustomerId()), this::changedElsewhere);
        unsubscribe = () -> {
            facts.run();
            record.run();
        };
        load(false);
    }

    private Runnable unsubscribe = () -> {
    };

    /**
     * Someone using another Candor saved or deleted this customer. A profile without unsaved
     * changes shows their version; one with unsaved changes keeps them, and the form's heading
     * says who changed what and when (saving then merges: {@link #resolveConflict}).
     */
    private void changedElsewhere(dev.candor.services.DataChange change) {
        long id = input().getCustomerId();
        CustomerService service = Services.get(CustomerService.class).orElse(null);
        if (service == null || form == null || form.isDisposed() || customer == null || base == null) {
            return;
        }
        String when = change.at() == null ? "" //$NON-NLS-1$
                : dev.candor.nls.Dates.time(change.at(), dev.candor.ui.CandorUi.zone());
        Background.run(NLS.bind(Messages.Profile_LoadJob, input().getName()), form, () -> service.find(id), found -> {
            if (form.isDisposed() || customer == null || customer.getId() != id) {
                return;
            }
            if (found.isEmpty()) {
                form.setMessage(NLS.bind(Messages.Profile_DeletedElsewhere, change.actor(), when),
                        IMessageProvider.WARNING);
                return;
            }
            Customer theirs = found.get();
            if (theirs.getVersion() == base.getVersion()) {
                return; // already shown (this editor's own save came back)
            }
            String fields = String.join(", ", dev.candor.profiles.ProfileChanges.changed(base, theirs).stream() //$NON-NLS-1$
                    .map(f -> dev.candor.model.validation.ModelValidation.label(f)).toList());
            if (!isDirty()) {
                show(theirs, facts);
                form.setMessage(NLS.bind(Messages.Profile_ChangedElsewhereShown,
                        new Object[] { change.actor(), when, fields }), IMessageProvider.INFORMATION);
            } else {
                form.setMessage(NLS.bind(Messages.Profile_ChangedElsewhereEditing,
                        new Object[] { change.actor(), when, fields }), IMessageProvider.WARNING);
            }
        }, e -> {
            // the next save compares and says what happened
        });
    }

    /** Reads the header's figures again, in a job. */
    private void refreshFacts() {
        long id = input().getCustomerId();
        CustomerService service = Services.get(CustomerService.class).orElse(null);
        if (service == null || form == null || form.isDisposed()) {
            return;
        }
        Background.run(NLS.bind(Messages.Profile_LoadJob, input().getName()), form, () -> service.facts(id),
                read -> showFacts(id, read), e -> {
                    // the header keeps its figures
                });
    }

    private void fillToolBar() {
        IToolBarManager toolBar = form.getToolBarManager();
        toolBar.removeAll();
        Action revert = new Action(Messages.Profile_Revert) {
            @Override
            public void run() {
                revert();
            }
        };
        revert.setToolTipText(Messages.Profile_RevertTip);
        toolBar.add(revert);
        toolBar.add(new Separator("additions")); //$NON-NLS-1$
        // Other bundles (history, commitments) add their commands for this customer here.
        getSite().getService(IMenuService.class).populateContributionManager(
                (org.eclipse.jface.action.ContributionManager) toolBar, ProfilesUi.TOOLBAR_PROFILE);
        toolBar.update(true);
    }

    /** A customer and its facts, read by the load job, waiting to be shown. */
    private record Loaded(Customer customer, CustomerFacts facts) {
    }

    private final java.util.concurrent.atomic.AtomicReference<Loaded> pending = new java.util.concurrent.atomic.AtomicReference<>();


    private void showFacts(long id, CustomerFacts loadedFacts) {
        if (header != null && customer != null && customer.getId() == id && !form.isDisposed()) {
            facts = loadedFacts;
            header.update(customer, loadedFacts);
        } else if (!form.isDisposed()) {
            facts = loadedFacts; // the form comes next; it shows these
        }
    }

    private void showPending() {
        Loaded loaded = pending.getAndSet(null);
        if (loaded != null) {
            show(loaded.customer(), loaded.facts());
        }
    }

    /**
     * Reads the customer and its facts in a job; "Loading…" shows until the data comes (a local
     * database answers in a few milliseconds). The UI thread never waits for it. Reverting reads
     * again and drops the unsaved changes with the old form.
     */
    private void load(boolean reverting) {
        long id = input().getCustomerId();
        Job job = Job.create(NLS.bind(Messages.Profile_LoadJob, input().getName()), (IProgressMonitor monitor) -> {
            CustomerService service = Services.await(CustomerService.class, Services.OPEN_TIMEOUT_MILLIS).orElse(null);
            if (service == null) {
                asyncMessage(Services.whyUnavailable(), IMessageProvider.ERROR);
                return Status.OK_STATUS;
            }
            try {
                Optional<Customer> record = service.find(id);
                if (record.isEmpty()) {
                    asyncMessage(NLS.bind(Messages.Profile_NotFound, input().getName()), IMessageProvider.ERROR);
                    return Status.OK_STATUS;
                }
                pending.set(new Loaded(record.get(), null));
                if (!form.isDisposed()) {
                    form.getDisplay().asyncExec(this::showPending);
                }
                // The header's figures follow: counting a long history must not hold the form.
                CustomerFacts loadedFacts = service.facts(id);
                if (!form.isDisposed()) {
                    form.getDisplay().asyncExec(() -> showFacts(id, loadedFacts));
                }
            } catch (StoreException e) {
                asyncMessage(NLS.bind(Messages.Profile_LoadFailed, e.getMessage()), IMessageProvider.ERROR);
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
    }

    private void asyncMessage(String text, int type) {
        if (!form.isDisposed()) {
            form.getDisplay().asyncExec(() -> {
                if (!form.isDisposed()) {
                    form.setMessage(text, type);
                }
            });
        }
    }

    /** Builds the form for a freshly read customer, dropping any earlier working copy. */
    private void show(Customer loaded, CustomerFacts loadedFacts) {
        if (form.isDisposed()) {
            return;
        }
        releaseWorkingCopy();
        if (body != null) {
            body.dispose();
        }
        fieldControls.clear();
        sections.clear();
        disposeContributed();
        customer = loaded;
        base = EcoreUtil.copy(loaded);
        if (loadedFacts != null) {
            facts = loadedFacts;
        }
        commandStack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), commandStack);
        bindings = new DataBindingContext();
        form.setText(loaded.getName());
        setPartName(loaded.getName());
        form.setMessage(null, IMessageProvider.NONE);

        body = toolkit.createComposite(form.getBody());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(16, 12).applyTo(body);
        header = new ProfileHeader(toolkit, body, loaded, facts);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(header.control());

        Composite identity = section(Messages.Profile_SectionIdentity, 1);
        combo(identity, Messages.Profile_Kind, P.getCustomer_Kind(), CustomerKind.VALUES.toArray(), false);
        text(identity, Messages.Profile_Name, P.getCustomer_Name(), true);
        text(identity, Messages.Profile_Organisation, P.getCustomer_Organisation(), false);
        text(identity, Messages.Profile_Email, P.getCustomer_Email(), false);
        text(identity, Messages.Profile_Phone, P.getCustomer_Phone(), false);
        text(identity, Messages.Profile_City, P.getCustomer_City(), false);
        text(identity, Messages.Profile_Country, P.getCustomer_Country(), false);
        label(identity, Messages.Profile_Created, loaded.getCreatedAt() == null ? Messages.Profile_Unknown
                : dev.candor.nls.Dates.date(loaded.getCreatedAt(), dev.candor.ui.CandorUi.zone()));

        Composite preferences = section(Messages.Profile_SectionPreferences, 1);
        text(preferences, Messages.Profile_Owner, P.getCustomer_Owner(), true);
        combo(preferences, Messages.Profile_Language, P.getCustomer_PreferredLanguage(), Language.VALUES.toArray(), true);
        combo(preferences, Messages.Profile_Channel, P.getCustomer_PreferredChannel(), Channel.VALUES.toArray(), true);
        tags(preferences);
        check(preferences, Messages.Profile_ConsentMarketing, P.getCustomer_ConsentMarketing());
        check(preferences, Messages.Profile_ConsentData, P.getCustomer_ConsentDataProcessing());
        check(preferences, Messages.Profile_ConsentRecording, P.getCustomer_ConsentRecording());

        Composite contactsClient = section(Messages.Profile_SectionContacts, 2);
        contacts = new ContactsTable(toolkit, contactsClient, domain, loaded);
        fieldControls.put(P.getCustomer_Contacts(), contacts.control());

        Composite notesClient = section(Messages.Profile_SectionNotes, 2);
        Text notes = toolkit.createText(notesClient, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, 110).applyTo(notes);
        bind(notes, P.getCustomer_Notes());
        fieldControls.put(P.getCustomer_Notes(), notes);

        if (!warmingUp) {
            for (dev.candor.ui.OrderedContributions.Contribution contribution : ProfileSections.all()) {
                contribute(contribution, loaded);
            }
        }

        commandStack.addCommandStackListener(stackListener);
        if (getSite() != null) {
            fillToolBar();
        }
        selectedName = customer.getName();
        selection.setSelection(new StructuredSelection(customer));
        changed();
        form.reflow(true);
        if (shownMillis < 0) {
                form.update(); // measured with the form painted, not just built
            shownMillis = (System.nanoTime() - openedAt) / 1_000_000;
        }
    }

    /** Builds one contributed section; one that throws is replaced by a line saying so, and logged. */
    private void contribute(dev.candor.ui.OrderedContributions.Contribution contribution, Customer shown) {
        Composite client = section(contribution.title(), 2);
        try {
            dev.candor.profiles.ui.ProfileSection section = contribution.create(dev.candor.profiles.ui.ProfileSection.class);
            contributed.add(section);
            section.createContent(client, toolkit);
            section.setCustomer(shown);
        } catch (org.eclipse.core.runtime.CoreException | RuntimeException | LinkageError e) {
            for (Control child : client.getChildren()) {
                child.dispose();
            }
            Label failed = toolkit.createLabel(client, NLS.bind(Messages.Sections_Failed, e.getMessage()), SWT.WRAP);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(failed);
            dev.candor.ui.OrderedContributions.log(NLS.bind(Messages.Sections_FailedLog, contribution.title(), contribution.contributor()),
                    e);
        }
    }

    /** Tells the contributed sections about the customer again (after a save); a failing one is logged. */
    private void showInContributed(Customer shown) {
        for (dev.candor.profiles.ui.ProfileSection section : contributed) {
            try {
                section.setCustomer(shown);
            } catch (RuntimeException | LinkageError e) {
                dev.candor.ui.OrderedContributions.log(NLS.bind(Messages.Sections_FailedLog, section.getClass().getName(), ""), e); //$NON-NLS-1$
            }
        }
    }

    private void disposeContributed() {
        for (dev.candor.profiles.ui.ProfileSection section : contributed) {
            try {
                section.dispose();
            } catch (RuntimeException | LinkageError e) {
                dev.candor.ui.OrderedContributions.log(NLS.bind(Messages.Sections_FailedLog, section.getClass().getName(), ""), e); //$NON-NLS-1$
            }
        }
        contributed.clear();
    }

    private Composite section(String title, int span) {
        Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).align(SWT.FILL, SWT.TOP).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 6).margins(4, 4).applyTo(client);
        toolkit.paintBordersFor(client); // flat form fields show where to type
        section.setClient(client);
        sections.add(section);
        return client;
    }

    private Label caption(Composite parent, String text, boolean required) {
        Label label = toolkit.createLabel(parent, required ? text + " *" : text); //$NON-NLS-1$
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
        return label;
    }

    private void label(Composite parent, String caption, String value) {
        caption(parent, caption, false);
        Label label = toolkit.createLabel(parent, value);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
    }

    private Text text(Composite parent, String caption, EStructuralFeature feature, boolean required) {
        caption(parent, caption, required);
        Text text = toolkit.createText(parent, "", SWT.SINGLE); //$NON-NLS-1$
        text.setMessage(caption);
        GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(text);
        bind(text, feature);
        fieldControls.put(feature, text);
        return text;
    }

    /** Text to a string feature; an empty field means "not known" (null), never "". */
    private void bind(Text text, EStructuralFeature feature) {
        IConverter<String, String> toModel = IConverter.create(String.class, String.class,
                value -> value == null || value.isBlank() ? null : value);
        IConverter<Object, String> toWidget = IConverter.create(Object.class, String.class,
                value -> value == null ? "" : value.toString()); //$NON-NLS-1$
        bindings.bindValue(WidgetProperties.text(SWT.Modify).observeDelayed(250, text),
                new DomainValueProperty(domain, feature).observe(customer),
                UpdateValueStrategy.create(toModel), UpdateValueStrategy.create(toWidget));
    }

    private void combo(Composite parent, String caption, EStructuralFeature feature, Object[] values, boolean optional) {
        caption(parent, caption, !optional);
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(viewer.getCombo());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        List<Object> choices = new ArrayList<>(Arrays.asList(values));
        if (optional) {
            choices.add(0, NONE);
        }
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element == NONE ? Messages.Profile_NotSet : Labels.of((org.eclipse.emf.common.util.Enumerator) element);
            }
        });
        viewer.setInput(choices);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getControl());
        IConverter<Object, Object> toModel = IConverter.create(Object.class, Object.class, v -> v == NONE ? null : v);
        IConverter<Object, Object> toWidget = IConverter.create(Object.class, Object.class, v -> v == null ? NONE : v);
        bindings.bindValue(ViewerProperties.singleSelection().observe(viewer),
                new DomainValueProperty(domain, feature).observe(customer), UpdateValueStrategy.create(toModel),
                UpdateValueStrategy.create(toWidget));
        fieldControls.put(feature, viewer.getControl());
    }

    /** The "not set" choice of an optional combo. */
    private static final Object NONE = new Object();

    private void tags(Composite parent) {
        caption(parent, Messages.Profile_Tags, false);
        Text text = toolkit.createText(parent, "", SWT.SINGLE); //$NON-NLS-1$
        text.setMessage(Messages.Profile_TagsHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        IConverter<String, Object> toModel = IConverter.create(String.class, Object.class, value -> {
            List<String> tags = new ArrayList<>();
            for (String tag : value.split(",")) { //$NON-NLS-1$
                if (!tag.isBlank() && !tags.contains(tag.trim())) {
                    tags.add(tag.trim());
                }
            }
            return tags;
        });
        IConverter<Object, String> toWidget = IConverter.create(Object.class, String.class,
                value -> String.join(", ", (List<?>) value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList())); //$NON-NLS-1$
        bindings.bindValue(WidgetProperties.text(SWT.Modify).observeDelayed(400, text),
                new DomainValueProperty(domain, P.getCustomer_Tags()).observe(customer),
                UpdateValueStrategy.create(toModel), UpdateValueStrategy.create(toWidget));
        fieldControls.put(P.getCustomer_Tags(), text);
    }

    private void check(Composite parent, String caption, EStructuralFeature feature) {
        new Label(parent, SWT.NONE).setBackground(parent.getBackground());
        Button button = toolkit.createButton(parent, caption, SWT.CHECK);
        bindings.bindValue(WidgetProperties.buttonSelection().observe(button),
                new DomainValueProperty(domain, feature).observe(customer));
        fieldControls.put(feature, button);
    }

    /** After every command (and undo/redo): dirty flag, title, messages at the fields, contacts. */
    private void changed() {
        if (form.isDisposed() || customer == null) {
            return;
        }
        undo.setEnabled(commandStack.canUndo());
        redo.setEnabled(commandStack.canRedo());
        undo.setText(commandStack.canUndo() ? NLS.bind(Messages.Profile_UndoWhat, label(commandStack.getUndoCommand()))
                : Messages.Profile_Undo);
        redo.setText(commandStack.canRedo() ? NLS.bind(Messages.Profile_RedoWhat, label(commandStack.getRedoCommand()))
                : Messages.Profile_Redo);
        firePropertyChange(PROP_DIRTY);
        String title = customer.getName() == null ? input().getName() : customer.getName();
        String shown = isDirty() ? "*" + title : title; //$NON-NLS-1$
        if (!shown.equals(form.getText())) {
            form.setText(shown); // the heading lays itself out again: only when it changes
        }
        contacts.refresh();
        validate();
        if (outline != null) {
            outline.refresh();
        }
        if (!java.util.Objects.equals(customer.getName(), selectedName)) {
            // views that follow the selection only care about which customer it is and its name
            selectedName = customer.getName();
            selection.setSelection(new StructuredSelection(customer));
        }
    }

    private static String label(org.eclipse.emf.common.command.Command command) {
        if (command instanceof org.eclipse.emf.edit.command.SetCommand set) {
            return ModelValidation.label(set.getFeature());
        }
        return command.getLabel();
    }

    private void validate() {
        problems = ModelValidation.validate(customer);
        IMessageManager messages = managedForm.getMessageManager();
        messages.setAutoUpdate(false);
        messages.removeAllMessages();
        int key = 0;
        for (Problem problem : problems) {
            Control control = problem.object() == customer ? fieldControls.get(problem.feature())
                    : fieldControls.get(P.getCustomer_Contacts());
            if (control != null && !control.isDisposed()) {
                messages.addMessage(key++, problem.message(), problem, IMessageProvider.ERROR, control);
            } else {
                messages.addMessage(key++, problem.message(), problem, IMessageProvider.ERROR);
            }
        }
        messages.setAutoUpdate(true);
    }

    /**
     * A part of the form the Outline lists: the summary, a section or a
     * contact, with how many problems wait in it.
     */
    record OutlineEntry(String title, Control control, Contact contact, int problems, List<OutlineEntry> children) {
    }

    /** The summary, the sections in form order and, under Contacts, each contact; empty while loading. */
    List<OutlineEntry> outline() {
        if (customer == null || header == null || header.control().isDisposed()) {
            return List.of();
        }
        Map<Object, Integer> counts = new java.util.HashMap<>();
        for (Problem problem : problems) {
            Control control = problem.object() == customer ? fieldControls.get(problem.feature())
                    : fieldControls.get(P.getCustomer_Contacts());
            counts.merge(sectionOf(control), 1, Integer::sum);
            if (problem.object() instanceof Contact contact) {
                counts.merge(contact, 1, Integer::sum);
            }
        }
        List<OutlineEntry> entries = new ArrayList<>();
        entries.add(new OutlineEntry(Messages.Outline_Summary, header.control(), null, 0, List.of()));
        Control contactsTable = fieldControls.get(P.getCustomer_Contacts());
        for (Section section : sections) {
            List<OutlineEntry> children = new ArrayList<>();
            if (section == sectionOf(contactsTable)) {
                for (Contact contact : customer.getContacts()) {
                    String name = contact.getName() == null || contact.getName().isBlank() ? Messages.Outline_Unnamed
                            : contact.getName();
                    children.add(new OutlineEntry(name, contactsTable, contact, counts.getOrDefault(contact, 0), List.of()));
                }
            }
            entries.add(new OutlineEntry(section.getText(), section, null, counts.getOrDefault(section, 0),
                    List.copyOf(children)));
        }
        return List.copyOf(entries);
    }

    private static Section sectionOf(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c instanceof Section section) {
                return section;
            }
        }
        return null;
    }

    /** Scrolls the form to the entry (selecting a contact in its table); {@code focus} also puts the cursor there. */
    void reveal(OutlineEntry entry, boolean focus) {
        if (form.isDisposed() || entry.control().isDisposed()) {
            return;
        }
        if (entry.contact() != null) {
            contacts.viewer().setSelection(new StructuredSelection(entry.contact()), true);
        }
        form.showControl(entry.control());
        if (focus) {
            if (entry.control() instanceof Section section && section.getClient() instanceof Composite client) {
                client.setFocus();
            } else {
                entry.control().setFocus();
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class) {
            if (outline == null) {
                outline = new ProfileOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    private void revert() {
        if (isDirty() && !MessageDialog.openConfirm(getSite().getShell(), Messages.Profile_RevertTitle,
                NLS.bind(Messages.Profile_RevertQuestion, customer.getName()))) {
            return;
        }
        load(true);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (customer == null) {
            return;
        }
        // a value typed in the last moment may still sit in a delayed observable
        bindings.updateModels();
        validate();
        if (!problems.isEmpty()) {
            MessageDialog.openError(getSite().getShell(), Messages.Profile_SaveTitle,
                    NLS.bind(Messages.Profile_SaveInvalid, customer.getName(), problemList(problems)));
            monitor.setCanceled(true);
            return;
        }
        CustomerService service = Services.get(CustomerService.class).orElse(null);
        if (service == null) {
            MessageDialog.openError(getSite().getShell(), Messages.Profile_SaveTitle, Services.whyUnavailable());
            monitor.setCanceled(true);
            return;
        }
        monitor.setCanceled(!save(service, customer.getId() == 0));
    }

    /**
     * Saves a copy of the edited customer through the service while the window keeps running
     * (the user may not edit it meanwhile: the progress service shows a busy cursor and, when it
     * takes long, a progress dialog), then takes the stored id and version. Returns whether it
     * was saved; a failure says why and leaves the changes in the editor.
     */
    private boolean save(CustomerService service, boolean asNew) {
        Customer copy = EcoreUtil.copy(customer);
        try {
            Customer stored = Background.whileBusy(Messages.Profile_SaveTitle,
                    () -> asNew ? service.create(copy) : service.update(copy));
            customer.setId(stored.getId());
            customer.setVersion(stored.getVersion());
            base = EcoreUtil.copy(customer);
            base.setVersion(stored.getVersion());
            if (asNew) {
                setInput(new ProfileEditorInput(customer.getId(), customer.getName()));
            }
            saved(service);
            return true;
        } catch (ConflictException conflict) {
            return resolveConflict(service, conflict);
        } catch (InvalidDataException invalid) {
            MessageDialog.openError(getSite().getShell(), Messages.Profile_SaveTitle,
                    NLS.bind(Messages.Profile_SaveInvalid, customer.getName(), String.join("\n", invalid.getProblems()))); //$NON-NLS-1$
            return false;
        } catch (InterruptedException cancelled) {
            return false;
        } catch (Exception e) {
            saveFailed(e);
            return false;
        }
    }

    private void saved(CustomerService service) {
        commandStack.saveIsDone();
        changed();
        showInContributed(customer);
        long id = customer.getId();
        Customer shown = customer;
        Background.run(Messages.Profile_SaveTitle, form, () -> service.facts(id), read -> {
            if (customer == shown) {
                facts = read;
                header.update(customer, facts);
            }
        }, e -> {
            // the header keeps its previous figures; the save itself succeeded
        });
    }

    /**
     * Someone saved or deleted this customer since it was opened: a three-way merge from the
     * version this editor started from. What only they changed is taken from them, what only
     * this editor changed is kept, and only fields both changed are asked about; all of it is
     * one more undoable command, saved on top of the stored version. A customer deleted
     * meanwhile is created again only when the user says so. Returns whether it was saved.
     */
    private boolean resolveConflict(CustomerService service, ConflictException conflict) {
        Customer theirs;
        try {
            long id = customer.getId();
            theirs = Background.whileBusy(Messages.Profile_ConflictTitle, () -> service.find(id)).orElse(null);
        } catch (Exception e) {
            saveFailed(e);
            return false;
        }
        if (theirs == null) {
            // the safe answer is the default one: nothing comes back unless the user asks for it
            MessageDialog deleted = new MessageDialog(getSite().getShell(), Messages.Profile_ConflictTitle, null,
                    NLS.bind(Messages.Profile_DeletedQuestion, customer.getName()), MessageDialog.WARNING, 0,
                    Messages.Profile_DeletedKeep, Messages.Profile_DeletedCreate);
            if (deleted.open() != 1) {
                form.setMessage(Messages.Profile_DeletedNotSaved, IMessageProvider.WARNING);
                return false;
            }
            customer.setId(0);
            customer.setVersion(0);
            return save(service, true);
        }
        dev.candor.profiles.ProfileChanges changes = dev.candor.profiles.ProfileChanges.of(base, customer, theirs);
        org.eclipse.emf.common.command.CompoundCommand merge = new org.eclipse.emf.common.command.CompoundCommand(
                Messages.Conflict_Command);
        merge.append(ConflictDialog.take(domain, customer, theirs, changes.theirsOnly()));
        if (!changes.conflicts().isEmpty()) {
            ConflictDialog dialog = new ConflictDialog(getSite().getShell(), customer, theirs, changes.conflicts());
            if (dialog.open() != ConflictDialog.OK) {
                form.setMessage(Messages.Profile_ConflictPending, IMessageProvider.WARNING);
                return false;
            }
            merge.append(dialog.resolution(domain, customer));
        }
        commandStack.execute(merge);
        customer.setVersion(theirs.getVersion()); // saving on top of what is stored now
        boolean saved = save(service, false);
        if (saved) {
            List<String> taken = changes.theirsOnly().stream()
                    .map(f -> dev.candor.model.validation.ModelValidation.label(f)).toList();
            form.setMessage(taken.isEmpty() ? null : NLS.bind(Messages.Profile_Merged, String.join(", ", taken)), //$NON-NLS-1$
                    taken.isEmpty() ? IMessageProvider.NONE : IMessageProvider.INFORMATION);
        }
        return saved;
    }

    /** Says the save failed and why; the changes stay in the editor. */
    private void saveFailed(Exception e) {
        MessageDialog.openError(getSite().getShell(), Messages.Profile_SaveTitle,
                NLS.bind(Messages.Profile_SaveFailed, e.getMessage()));
    }

    static String problemList(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        for (Problem problem : problems) {
            out.append("\u2022 ").append(problem.message()).append('\n'); //$NON-NLS-1$
        }
        return out.toString().trim();
    }

    @Override
    public void doSaveAs() {
        // a customer is saved in place
    }

    @Override
    public boolean isDirty() {
        return commandStack != null && commandStack.isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        Control name = fieldControls.get(P.getCustomer_Name());
        if (name != null && !name.isDisposed()) {
            name.setFocus();
        } else {
            form.setFocus();
        }
    }

    /** Stops listening to the working copy's command stack and unbinds the fields. */
    private void releaseWorkingCopy() {
        if (commandStack != null) {
            commandStack.removeCommandStackListener(stackListener);
        }
        if (bindings != null) {
            bindings.dispose();
        }
    }

    @Override
    public void dispose() {
        unsubscribe.run();
        disposeContributed();
        releaseWorkingCopy();
        if (managedForm != null) {
            managedForm.dispose();
        }
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }

    /**
     * Builds this editor's whole form for {@code sample} in {@code parent}
     * (never shown) and throws it away: the first form of a session costs
     * Forms, GTK and data binding about twice what later ones do (colours,
     * heading images, widget styles, class loading); paying it with the very
     * same code, once the window is up, makes the first profile as quick as
     * the next. Nothing is read or written.
     */
    static void warmUp(Composite parent, Customer sample) {
        ProfileEditor editor = new ProfileEditor();
        editor.warmingUp = true;
        editor.openedAt = System.nanoTime();
        editor.toolkit = new FormToolkit(parent.getDisplay());
        try {
            editor.form = editor.toolkit.createScrolledForm(parent);
            editor.managedForm = new ManagedForm(editor.toolkit, editor.form);
            editor.toolkit.decorateFormHeading(editor.form.getForm());
            GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(editor.form.getBody());
            editor.show(sample, null);
            editor.form.setMessage(Messages.Profile_Loading, IMessageProvider.INFORMATION);
        } finally {
            editor.dispose();
        }
    }


    /** Milliseconds from opening the editor to the filled form; -1 while loading. */
    @Override
    public long getFirstPaintMillis() {
        return shownMillis;
    }
}
