package dev.candor.ethics.ui.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import dev.candor.ethics.ChecklistTemplates;
import dev.candor.ethics.ItemResult;
import dev.candor.ethics.ReviewScore;
import dev.candor.ethics.Reviewing;
import dev.candor.model.CandorFactory;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;
import dev.candor.model.EthicsReview;
import dev.candor.model.Interaction;
import dev.candor.model.ItemVerdict;
import dev.candor.model.ReviewKind;
import dev.candor.model.Verdict;
import dev.candor.ethics.ReviewService;
import dev.candor.store.StoreException;
import dev.candor.services.DataChange;
import dev.candor.services.DataTopics;
import dev.candor.ui.Background;
import dev.candor.ui.CandorUi;
import dev.candor.ui.DataEvents;
import dev.candor.ui.Labels;
import dev.candor.ui.Services;

/**
 * The Ethics Checklist of the interaction selected anywhere (the Interaction
 * History, say): every item of its channel's template with a verdict,
 * evidence quoted from the text and a comment, and the score as it changes.
 * A new review starts pre-filled by the automatic checks; the account manager
 * saves it as a self-review, anyone else as a peer review. Saved reviews are
 * listed and shown read-only. Unsaved drafts are kept per interaction while
 * Candor runs, so moving to another interaction loses nothing.
 */
public final class EthicsChecklistView extends ViewPart {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    public static final String ID = "dev.candor.ethics.ui.views.checklist"; //$NON-NLS-1$
    private static final Verdict[] VERDICTS = { Verdict.UNREVIEWED, Verdict.PASS, Verdict.FAIL, Verdict.NOT_APPLICABLE };

    /** A review being written for one interaction. */
    private static final class Draft {
        final List<ItemVerdict> verdicts = new ArrayList<>();
        boolean changed;
    }

    private Label title;
    private Label details;
    Label score;
    Label message;
    private Combo reviews;
    TableViewer viewer;
    private Button check;
    Button save;
    private Button discard;
    private Label reviewer;
    private Color failColor;
    private Color passColor;

    Interaction interaction;
    private ChecklistTemplate template;
    private Map<String, ChecklistItem> items = Map.of();
    List<EthicsReview> saved = List.of();
    private Reviewing.Prefilled prefilled;
    private final Map<Long, Draft> drafts = new HashMap<>();
    private Draft draft;
    /** Index into {@link #saved} shown read-only, or -1 for the draft. */
    int shown = -1;
    private Job loadJob;
    private Runnable unsubscribe;
    private final ISelectionListener follow = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        failColor = new Color(parent.getDisplay(), new RGB(0xb0, 0x1c, 0x1c));
        passColor = new Color(parent.getDisplay(), new RGB(0x1f, 0x7a, 0x34));
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 4).applyTo(parent);
        title = new Label(parent, SWT.NONE);
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        details = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(details);

        score = new Label(parent, SWT.WRAP);
        score.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(score);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Checklist_Showing);
        reviews = new Combo(bar, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(reviews);
        reviews.addListener(SWT.Selection, e -> {
            shown = reviews.getSelectionIndex() - 1;
            refresh();
        });

        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(message);

        Composite tableArea = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 200).applyTo(tableArea);
        TableColumnLayout columns = new TableColumnLayout();
        tableArea.setLayout(columns);
        viewer = new TableViewer(tableArea, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(columns, Messages.Checklist_ColumnItem, 40, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                ItemVerdict v = (ItemVerdict) element;
                ChecklistItem item = items.get(v.getItemCode());
                if (item == null) {
                    return v.getItemCode();
                }
                return item.isCritical() ? NLS.bind(Messages.Checklist_Critical, ChecklistTemplates.title(item))
                        : ChecklistTemplates.title(item);
            }

            @Override
            public String getToolTipText(Object element) {
                ChecklistItem item = items.get(((ItemVerdict) element).getItemCode());
                return item == null ? null : ChecklistTemplates.description(item);
            }
        }, null);
        column(columns, Messages.Checklist_ColumnVerdict, 18, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Labels.of(((ItemVerdict) element).getVerdict());
            }

            @Override
            public Color getForeground(Object element) {
                Verdict v = ((ItemVerdict) element).getVerdict();
                return v == Verdict.FAIL ? failColor : v == Verdict.PASS ? passColor : null;
            }
        }, new VerdictEditing());
        column(columns, Messages.Checklist_ColumnEvidence, 20, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String evidence = ((ItemVerdict) element).getEvidence();
                return evidence == null ? "" : "\u201c" + evidence.replace('\n', ' ') + "\u201d"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }

            @Override
            public String getToolTipText(Object element) {
                return ((ItemVerdict) element).getEvidence();
            }
        }, new TextEditing(true));
        column(columns, Messages.Checklist_ColumnComment, 22, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String comment = ((ItemVerdict) element).getComment();
                return comment == null ? "" : comment; //$NON-NLS-1$
            }

            @Override
            public String getToolTipText(Object element) {
                return ((ItemVerdict) element).getComment();
            }
        }, new TextEditing(false));

        reviewer = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(reviewer);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(buttons);
        check = button(buttons, Messages.Checklist_Check, this::checkAutomatically);
        check.setToolTipText(Messages.Checklist_CheckTip);
        discard = button(buttons, Messages.Checklist_Discard, this::discardDraft);
        save = button(buttons, Messages.Checklist_Save, this::saveDraft);

        getSite().getPage().addPostSelectionListener(follow);
        // the shown interaction edited or deleted, its customer's reviews (another reviewer, Review
        // All), the templates and settings the checks use; the view's own save reads again itself
        unsubscribe = DataEvents.subscribe(parent.getDisplay(), DataTopics.ALL, this::concernsShown, change -> {
            if (interaction != null) {
                load(interaction.getId(), false);
            }
        });
        ISelection current = getSite().getPage().getSelection();
        if (current != null) {
            selectionChanged(getSite().getPage().getActivePart(), current);
        }
        refresh();
    }

    private boolean concernsShown(DataChange change) {
        Interaction shown = interaction;
        if (shown == null) {
            return false;
        }
        if (change.concerns(DataTopics.INTERACTION)) {
            return change.concernsRecord(shown.getId());
        }
        if (change.concerns(DataTopics.REVIEW) || change.concerns(DataTopics.CUSTOMER)) {
            return change.concernsCustomer(shown.getCustomerId());
        }
        return change.concerns(DataTopics.TEMPLATE) || change.concerns(DataTopics.SETTINGS);
    }

    private Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void column(TableColumnLayout layout, String text, int weight, ColumnLabelProvider labels,
            EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(text);
        column.setLabelProvider(labels);
        if (editing != null) {
            column.setEditingSupport(editing);
        }
        layout.setColumnData(column.getColumn(),
                new ColumnWeightData(weight, dev.candor.ui.Columns.atLeastTitle(viewer.getTable(), text, 80)));
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured) || structured.size() != 1
                || !(structured.getFirstElement() instanceof Interaction selected)) {
            return;
        }
        if (interaction == null || interaction.getId() != selected.getId()) {
            show(selected.getId());
        }
    }

    /** Shows the checklist of an interaction (reading it in a job). */
    public void show(long interactionId) {
        load(interactionId, true);
    }

    private void load(long id, boolean fresh) {
        if (loadJob != null) {
            loadJob.cancel();
        }
        if (fresh) {
            message(Messages.Checklist_Loading, false);
        }
        loadJob = Job.create(Messages.Checklist_LoadJob, (IProgressMonitor monitor) -> {
            ReviewService service = Services.await(ReviewService.class, Services.OPEN_TIMEOUT_MILLIS).orElse(null);
            if (service == null) {
                async(() -> message(Services.whyUnavailable(), true));
                return Status.OK_STATUS;
            }
            try {
                Reviewing.Prefilled found = service.prefill(id).orElse(null);
                List<EthicsReview> stored = service.reviewsOf(id);
                if (!monitor.isCanceled()) {
                    async(() -> loaded(id, found, stored, fresh));
                }
            } catch (StoreException | RuntimeException e) {
                async(() -> message(NLS.bind(Messages.Checklist_LoadFailed, e.getMessage()), true));
            }
            return Status.OK_STATUS;
        });
        loadJob.setSystem(true);
        loadJob.schedule();
    }

    private void async(Runnable runnable) {
        if (!viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    private List<ChecklistTemplate> templates = List.of();

    private void loaded(long id, Reviewing.Prefilled found, List<EthicsReview> stored, boolean fresh) {
        if (found == null) {
            interaction = null;
            message(Messages.Checklist_Gone, true);
            refresh();
            return;
        }
        interaction = found.interaction();
        prefilled = found;
        template = found.template();
        templates = found.templates();
        saved = stored;
        useTemplate(template);
        draft = drafts.get(id);
        // no draft kept: the user's draft was just saved, so whichever reload comes first (the save's
        // own, or the announced review change) shows the review saved, not a new draft
        boolean justSaved = draft == null && !saved.isEmpty();
        if (draft == null) {
            draft = newDraft(found);
            drafts.put(id, draft);
        }
        if (fresh || justSaved) {
            shown = saved.isEmpty() ? -1 : 0;
        } else {
            shown = Math.min(shown, saved.size() - 1);
        }
        List<String> notes = new ArrayList<>(found.settingsProblems());
        if (!found.found().skippedChecks().isEmpty()) {
            notes.add(NLS.bind(Messages.Checklist_Skipped, String.join(", ", found.found().skippedChecks()))); //$NON-NLS-1$
        }
        message(String.join("\n", notes), !notes.isEmpty()); //$NON-NLS-1$
        refresh();
    }

    private void useTemplate(ChecklistTemplate t) {
        Map<String, ChecklistItem> byCode = new HashMap<>();
        if (t != null) {
            for (ChecklistItem item : t.getItems()) {
                byCode.put(item.getCode(), item);
            }
        }
        items = byCode;
    }

    /** One verdict per item, taken from the automatic checks where they judged it. */
    private static Draft newDraft(Reviewing.Prefilled found) {
        Draft d = new Draft();
        for (ChecklistItem item : found.template().getItems()) {
            ItemVerdict v = CandorFactory.eINSTANCE.createItemVerdict();
            v.setItemCode(item.getCode());
            v.setVerdict(Verdict.UNREVIEWED);
            apply(v, found.found().item(item.getCode()));
            d.verdicts.add(v);
        }
        return d;
    }

    private static void apply(ItemVerdict v, ItemResult result) {
        if (result == null) {
            return;
        }
        v.setVerdict(result.verdict());
        v.setEvidence(result.evidence());
        v.setEvidenceStart(result.start());
        v.setEvidenceEnd(result.end());
        v.setComment(result.comment());
    }

    /** Fills the items nobody has judged in the draft from the automatic checks. */
    private void checkAutomatically() {
        if (interaction == null || prefilled == null || draft == null) {
            return;
        }
        for (ItemVerdict v : draft.verdicts) {
            if (v.getVerdict() == Verdict.UNREVIEWED) {
                apply(v, prefilled.found().item(v.getItemCode()));
                draft.changed = true;
            }
        }
        shown = -1;
        load(interaction.getId(), false);
    }

    private void discardDraft() {
        if (interaction == null || prefilled == null) {
            return;
        }
        draft = newDraft(prefilled);
        drafts.put(interaction.getId(), draft);
        shown = -1;
        refresh();
    }

    private void saveDraft() {
        if (interaction == null || draft == null || template == null) {
            return;
        }
        ReviewScore result = ReviewScore.of(template, draft.verdicts);
        if (result.judged() == 0) {
            message(Messages.Checklist_NothingJudged, true);
            return;
        }
        String user = CandorUi.currentUser();
        EthicsReview review = CandorFactory.eINSTANCE.createEthicsReview();
        review.setInteractionId(interaction.getId());
        review.setTemplateId(template.getId());
        review.setTemplateVersion(template.getTemplateVersion());
        review.setReviewer(user);
        review.setKind(kindFor(user));
        review.setReviewedAt(Date.from(clock.instant()));
        review.setScore(result.percent());
        for (ItemVerdict v : draft.verdicts) {
            review.getVerdicts().add(EcoreUtil.copy(v));
        }
        long id = interaction.getId();
        ReviewService service = Services.get(ReviewService.class).orElse(null);
        if (service == null) {
            message(NLS.bind(Messages.Checklist_SaveFailed, Services.whyUnavailable()), true);
            return;
        }
        save.setEnabled(false);
        // the service sets who reviewed, when, and whether it was a self-review
        Background.run(Messages.Checklist_SaveJob, viewer.getControl(), () -> service.save(review), saved -> {
            drafts.remove(id);
            if (interaction != null && interaction.getId() == id) {
                draft = null;
                message(NLS.bind(Messages.Checklist_SavedMessage, scoreText(result)), false);
                load(id, true);
            }
        }, e -> {
            message(NLS.bind(Messages.Checklist_SaveFailed, e.getMessage()), true);
            refresh();
        });
    }

    private ReviewKind kindFor(String user) {
        return Objects.equals(user, interaction.getAccountManager()) ? ReviewKind.SELF : ReviewKind.PEER;
    }

    private void message(String text, boolean warning) {
        message.setText(text == null ? "" : text); //$NON-NLS-1$
        message.setForeground(warning ? failColor : null);
        message.getParent().layout(true);
    }

    private List<ItemVerdict> shownVerdicts() {
        if (shown >= 0 && shown < saved.size()) {
            return saved.get(shown).getVerdicts();
        }
        return draft == null ? List.of() : draft.verdicts;
    }

    private ChecklistTemplate shownTemplate() {
        if (shown >= 0 && shown < saved.size()) {
            long id = saved.get(shown).getTemplateId();
            for (ChecklistTemplate t : templates) {
                if (t.getId() == id) {
                    return t; // the version the review was made with
                }
            }
        }
        return template;
    }

    private String scoreText(ReviewScore result) {
        if (result.judged() == 0) {
            return Messages.Score_None;
        }
        String percent = String.valueOf(Math.round(result.percent()));
        if (result.passed()) {
            return NLS.bind(Messages.Score_Passes, percent);
        }
        List<String> titles = new ArrayList<>();
        for (String code : result.failedCritical()) {
            ChecklistItem item = items.get(code);
            titles.add(item == null ? code : ChecklistTemplates.title(item));
        }
        return NLS.bind(Messages.Score_Fails, percent, String.join(", ", titles)); //$NON-NLS-1$
    }

    /** Everything on screen from the current state. */
    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        boolean any = interaction != null && template != null;
        if (!any) {
            title.setText(Messages.Checklist_NoInteractionTitle);
            details.setText(Messages.Checklist_NoInteraction);
            score.setText(""); //$NON-NLS-1$
            reviews.removeAll();
            reviewer.setText(""); //$NON-NLS-1$
            viewer.setInput(List.of());
            check.setEnabled(false);
            save.setEnabled(false);
            discard.setEnabled(false);
            title.getParent().layout(true, true);
            return;
        }
        ChecklistTemplate t = shownTemplate();
        useTemplate(t);
        title.setText(interaction.getSubject());
        details.setText(NLS.bind(Messages.Checklist_Details, new Object[] {
                interaction.getStartedAt() == null ? "" : dev.candor.nls.Dates.dateTime(interaction.getStartedAt(), dev.candor.ui.CandorUi.zone()), //$NON-NLS-1$
                Labels.of(interaction.getChannel()), Labels.of(interaction.getDirection()),
                interaction.getAccountManager() == null ? "" : interaction.getAccountManager(), //$NON-NLS-1$
                ChecklistTemplates.label(t) }));
        reviews.removeAll();
        reviews.add(draft != null && draft.changed ? Messages.Checklist_DraftChanged : Messages.Checklist_Draft);
        for (EthicsReview r : saved) {
            reviews.add(NLS.bind(Messages.Checklist_SavedReview, new Object[] { Labels.of(r.getKind()), r.getReviewer(),
                    dev.candor.nls.Dates.dateTime(r.getReviewedAt(), dev.candor.ui.CandorUi.zone()), Math.round(r.getScore()) }));
        }
        reviews.select(shown + 1);
        List<ItemVerdict> verdicts = shownVerdicts();
        ReviewScore result = ReviewScore.of(t, verdicts);
        score.setText(scoreText(result));
        score.setForeground(result.judged() == 0 ? null : result.passed() ? passColor : failColor);
        boolean editable = shown < 0;
        reviewer.setText(editable ? NLS.bind(Messages.Checklist_ReviewAs, Labels.of(kindFor(CandorUi.currentUser())),
                CandorUi.currentUser()) : Messages.Checklist_ReadOnly);
        viewer.setInput(verdicts);
        check.setEnabled(editable);
        save.setEnabled(editable && result.judged() > 0);
        discard.setEnabled(editable && draft != null && draft.changed);
        title.getParent().layout(true, true);
    }

    /** Called after an edit: the score, the draft's state, the buttons. */
    private void edited(ItemVerdict v) {
        if (draft != null) {
            draft.changed = true;
        }
        viewer.update(v, null);
        refresh();
    }

    private final class VerdictEditing extends EditingSupport {
        VerdictEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            String[] labels = new String[VERDICTS.length];
            for (int i = 0; i < VERDICTS.length; i++) {
                labels[i] = Labels.of(VERDICTS[i]);
            }
            return new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return shown < 0;
        }

        @Override
        protected Object getValue(Object element) {
            return java.util.Arrays.asList(VERDICTS).indexOf(((ItemVerdict) element).getVerdict());
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            ItemVerdict v = (ItemVerdict) element;
            if (index >= 0 && VERDICTS[index] != v.getVerdict()) {
                v.setVerdict(VERDICTS[index]);
                edited(v);
            }
        }
    }

    private final class TextEditing extends EditingSupport {
        private final boolean evidence;

        TextEditing(boolean evidence) {
            super(viewer);
            this.evidence = evidence;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return shown < 0;
        }

        @Override
        protected Object getValue(Object element) {
            ItemVerdict v = (ItemVerdict) element;
            String value = evidence ? v.getEvidence() : v.getComment();
            return value == null ? "" : value; //$NON-NLS-1$
        }

        @Override
        protected void setValue(Object element, Object value) {
            ItemVerdict v = (ItemVerdict) element;
            String text = ((String) value).isBlank() ? null : ((String) value).strip();
            if (Objects.equals(text, evidence ? v.getEvidence() : v.getComment())) {
                return;
            }
            if (evidence) {
                v.setEvidence(text);
                v.setEvidenceStart(-1); // quoted by hand: no offsets into the text
                v.setEvidenceEnd(-1);
            } else {
                v.setComment(text);
            }
            edited(v);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(follow);
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        if (loadJob != null) {
            loadJob.cancel();
        }
        failColor.dispose();
        passColor.dispose();
        super.dispose();
    }
}
