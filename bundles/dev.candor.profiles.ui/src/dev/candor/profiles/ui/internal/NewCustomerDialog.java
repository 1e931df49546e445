package dev.candor.profiles.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.candor.ui.CandorUi;
import dev.candor.model.CandorFactory;
import dev.candor.model.CandorPackage;
import dev.candor.model.Channel;
import dev.candor.model.Customer;
import dev.candor.model.CustomerKind;
import dev.candor.model.Language;
import dev.candor.model.validation.ModelValidation;
import dev.candor.model.validation.Problem;
import dev.candor.profiles.CustomerService;
import dev.candor.ui.Background;
import dev.candor.store.CustomerSummary;
import dev.candor.ui.Labels;
import dev.candor.nls.Plurals;

/**
 * A new customer: the essentials, validated as they are typed. Before
 * creating, Candor looks for customers with the same e-mail, phone or name
 * and shows them, so the user can open the existing record instead.
 */
public final class NewCustomerDialog extends TitleAreaDialog {

    private static final CandorPackage P = CandorPackage.eINSTANCE;

    private final CustomerService service;
    private final Customer customer = CandorFactory.eINSTANCE.createCustomer();
    private final dev.candor.ui.ProblemDecorations decorations = new dev.candor.ui.ProblemDecorations();
    private final Map<EStructuralFeature, Control> controls = new HashMap<>();
    private TableViewer similar;
    private Label similarLabel;
    private List<CustomerSummary> lookalikes = List.of();
    private boolean checked;
    private boolean channelChosen;
    /** Whether the user has typed or chosen anything: until then no field is marked wrong. */
    private boolean edited;
    private ComboViewer channelCombo;
    private Customer created;
    private CustomerSummary chosenExisting;

    public NewCustomerDialog(Shell parent, CustomerService service) {
        super(parent);
        this.service = service;
        customer.setKind(CustomerKind.PERSON);
        customer.setOwner(CandorUi.currentUser());
        // most customers speak the language the account manager works in; the combo changes it
        Language spoken = Language.get(java.util.Locale.getDefault().getLanguage());
        if (spoken != null) {
            customer.setPreferredLanguage(spoken);
        }
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.New_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.New_Heading);
        setMessage(Messages.New_Message);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 10).spacing(14, 6).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        combo(fields, Messages.Profile_Kind, P.getCustomer_Kind(), CustomerKind.VALUES.toArray());
        text(fields, Messages.Profile_Name + " *", P.getCustomer_Name()); //$NON-NLS-1$
        text(fields, Messages.Profile_Organisation, P.getCustomer_Organisation());
        text(fields, Messages.Profile_Email, P.getCustomer_Email());
        text(fields, Messages.Profile_Phone, P.getCustomer_Phone());
        text(fields, Messages.Profile_City, P.getCustomer_City());
        text(fields, Messages.Profile_Country, P.getCustomer_Country());
        Text owner = text(fields, Messages.Profile_Owner + " *", P.getCustomer_Owner()); //$NON-NLS-1$
        owner.setText(customer.getOwner());
        combo(fields, Messages.Profile_Language, P.getCustomer_PreferredLanguage(), Language.VALUES.toArray());
        channelCombo = combo(fields, Messages.Profile_Channel, P.getCustomer_PreferredChannel(), Channel.VALUES.toArray());
        channelCombo.getCombo().addListener(SWT.Selection, event -> channelChosen = true);

        similarLabel = new Label(fields, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(similarLabel);
        similar = new TableViewer(fields, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(420, 90).applyTo(similar.getControl());
        similar.setContentProvider(ArrayContentProvider.getInstance());
        similar.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                CustomerSummary c = (CustomerSummary) element;
                StringBuilder text = new StringBuilder(c.name());
                for (String part : new String[] { c.email(), c.phone(), c.city() }) {
                    if (part != null && !part.isBlank()) {
                        text.append("  \u00b7  ").append(part); //$NON-NLS-1$
                    }
                }
                return text.toString();
            }
        });
        similar.addDoubleClickListener(event -> {
            chosenExisting = (CustomerSummary) similar.getStructuredSelection().getFirstElement();
            setReturnCode(IDialogConstants.OPEN_ID);
            close();
        });
        showSimilar(false);
        return area;
    }

    private Text text(Composite parent, String caption, EStructuralFeature feature) {
        new Label(parent, SWT.NONE).setText(caption);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(event -> {
            customer.eSet(feature, text.getText().isBlank() ? null : text.getText().trim());
            edited |= getButton(IDialogConstants.OK_ID) != null; // not the values filled in while building
            changed();
        });
        decorate(feature, text);
        return text;
    }

    private ComboViewer combo(Composite parent, String caption, EStructuralFeature feature, Object[] values) {
        new Label(parent, SWT.NONE).setText(caption);
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return Labels.of((Enumerator) element);
            }
        });
        viewer.setInput(values);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getControl());
        Object current = customer.eGet(feature);
        if (current != null) {
            viewer.setSelection(new StructuredSelection(current));
        }
        viewer.addSelectionChangedListener(event -> {
            customer.eSet(feature, viewer.getStructuredSelection().getFirstElement());
            edited |= getButton(IDialogConstants.OK_ID) != null;
            changed();
        });
        decorate(feature, viewer.getControl());
        return viewer;
    }

    private void decorate(EStructuralFeature feature, Control control) {
        decorations.add(feature, control);
        controls.put(feature, control);
    }

    @Override
    protected Control createButtonBar(Composite parent) {
        Control bar = super.createButtonBar(parent);
        changed();
        return bar;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.New_Create, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** Validates after every keystroke: a message at each field at fault, Create only when valid. */
    private void changed() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        if (!channelChosen && channelCombo != null) {
            // until the user picks one, the channel follows what is known: e-mail first, then phone
            Channel follow = customer.getEmail() != null ? Channel.EMAIL
                    : customer.getPhone() != null ? Channel.PHONE : customer.getPreferredChannel();
            if (follow != customer.getPreferredChannel()) {
                customer.setPreferredChannel(follow);
                channelCombo.setSelection(new StructuredSelection(follow));
            }
        }
        List<Problem> problems = ModelValidation.validate(customer);
        // an empty form is not a mistake: it opens with its instructions, Create waits for a valid customer
        decorations.show(edited ? problems : List.of());
        setErrorMessage(!edited || problems.isEmpty() ? null : problems.get(0).message());
        getButton(IDialogConstants.OK_ID).setEnabled(problems.isEmpty());
        if (checked) {
            checked = false; // the details changed: look again before creating
            showSimilar(false);
            getButton(IDialogConstants.OK_ID).setText(Messages.New_Create);
        }
    }

    private void showSimilar(boolean show) {
        similarLabel.setVisible(show);
        similar.getControl().setVisible(show);
        ((org.eclipse.swt.layout.GridData) similarLabel.getLayoutData()).exclude = !show;
        ((org.eclipse.swt.layout.GridData) similar.getControl().getLayoutData()).exclude = !show;
        similarLabel.getParent().layout(true);
    }

    @Override
    protected void okPressed() {
        Button ok = getButton(IDialogConstants.OK_ID);
        ok.setEnabled(false); // one request at a time; the fields stay editable
        Customer candidate = org.eclipse.emf.ecore.util.EcoreUtil.copy(customer);
        if (checked) {
            create(candidate);
            return;
        }
        Background.run(Messages.New_Title, getShell(), () -> service.similarTo(candidate), found -> {
            lookalikes = found;
            checked = true;
            if (found.isEmpty()) {
                create(candidate);
                return;
            }
            similarLabel.setText(Plurals.format(Messages.New_Similar, found.size()));
            similar.setInput(found);
            showSimilar(true);
            setMessage(Messages.New_SimilarMessage, org.eclipse.jface.dialogs.IMessageProvider.WARNING);
            ok.setText(Messages.New_CreateAnyway);
            ok.setEnabled(true);
            ok.getParent().layout(true);
            org.eclipse.swt.graphics.Point size = getShell().computeSize(getShell().getSize().x, SWT.DEFAULT);
            getShell().setSize(getShell().getSize().x, Math.max(getShell().getSize().y, size.y));
            getShell().layout(true, true);
        }, this::failed);
    }

    private void create(Customer candidate) {
        Background.run(Messages.New_Title, getShell(), () -> service.create(candidate), saved -> {
            created = saved;
            NewCustomerDialog.super.okPressed();
        }, this::failed);
    }

    private void failed(Exception e) {
        setErrorMessage(NLS.bind(Messages.New_Failed, e.getMessage()));
        getButton(IDialogConstants.OK_ID).setEnabled(true);
    }

    /** The customer created, or {@code null}. */
    public Customer getCreated() {
        return created;
    }

    /** The look-alike the user chose to open instead (return code OPEN_ID), or {@code null}. */
    public CustomerSummary getChosenExisting() {
        return chosenExisting;
    }

    public Control getControl(EStructuralFeature feature) {
        return controls.get(feature);
    }
}
