package dev.candor.ethics.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.candor.ethics.ChecklistTemplates;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;
import dev.candor.ethics.ReviewService;
import dev.candor.store.InvalidDataException;
import dev.candor.ui.Background;
import dev.candor.ui.Labels;
import dev.candor.ui.Services;

/**
 * Preferences > Candor > Checklist Templates: an administrator edits a
 * template's items (title, weight, critical, description), its channels and
 * whether it is in use, and publishes the result as a new version. Versions
 * are never changed, so reviews made with an older one keep their meaning.
 */
public final class TemplatesPage extends PreferencePage implements IWorkbenchPreferencePage {

    private ReviewService service;
    /** The newest version of each template, by key. */
    final Map<String, ChecklistTemplate> newest = new LinkedHashMap<>();
    private Combo templates;
    private Text name;
    private Button active;
    boolean readOnly = true;
    boolean settled;
    final List<Button> channels = new ArrayList<>();
    TableViewer items;
    private Label version;
    private Button publishButton;
    ChecklistTemplate editing;
    private String key;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Templates_Description);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 6).applyTo(page);
        service = Services.get(ReviewService.class).orElse(null);
        if (service == null) {
            new Label(page, SWT.WRAP).setText(Services.whyUnavailable());
            return page;
        }
        new Label(page, SWT.NONE).setText(Messages.Templates_Template);
        Composite chooser = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(chooser);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser);
        templates = new Combo(chooser, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(templates);
        templates.addListener(SWT.Selection, e -> select(templates.getSelectionIndex()));
        button(chooser, Messages.Templates_New, this::newTemplate);
        new Label(page, SWT.NONE).setText(Messages.Templates_Name);
        name = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        Label channelLabel = new Label(page, SWT.WRAP);
        channelLabel.setText(Messages.Templates_Channels);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(channelLabel);
        Composite channelRow = new Composite(page, SWT.NONE);
        org.eclipse.swt.layout.RowLayout wrapping = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        wrapping.wrap = true;
        wrapping.marginLeft = 0;
        channelRow.setLayout(wrapping);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(channelRow);
        for (Channel channel : Channel.VALUES) {
            Button box = new Button(channelRow, SWT.CHECK);
            box.setText(Labels.of(channel));
            box.setData(channel);
            channels.add(box);
        }
        active = new Button(page, SWT.CHECK);
        active.setText(Messages.Templates_Active);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(active);

        Composite tableArea = new Composite(page, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(420, 180).applyTo(tableArea);
        TableColumnLayout layout = new TableColumnLayout();
        tableArea.setLayout(layout);
        items = new TableViewer(tableArea, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        items.getTable().setHeaderVisible(true);
        items.getTable().setLinesVisible(true);
        items.setContentProvider(ArrayContentProvider.getInstance());
        textColumn(layout, Messages.Templates_ColumnTitle, 34, ChecklistTemplates::title, (item, v) -> item.setTitle(v));
        textColumn(layout, Messages.Templates_ColumnWeight, 10, item -> String.valueOf(item.getWeight()), (item, v) -> {
            try {
                item.setWeight(Double.parseDouble(v.replace(',', '.')));
                setErrorMessage(null);
            } catch (NumberFormatException e) {
                setErrorMessage(NLS.bind(Messages.Templates_BadWeight, v));
            }
        });
        TableViewerColumn critical = new TableViewerColumn(items, SWT.NONE);
        critical.getColumn().setText(Messages.Templates_ColumnCritical);
        critical.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ChecklistItem) element).isCritical() ? Messages.Templates_Yes : Messages.Templates_No;
            }
        });
        critical.setEditingSupport(new EditingSupport(items) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return new CheckboxCellEditor(items.getTable());
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                return ((ChecklistItem) element).isCritical();
            }

            @Override
            protected void setValue(Object element, Object value) {
                ((ChecklistItem) element).setCritical((Boolean) value);
                items.update(element, null);
            }
        });
        layout.setColumnData(critical.getColumn(), new ColumnWeightData(10,
                dev.candor.ui.Columns.atLeastTitle(items.getTable(), Messages.Templates_ColumnCritical, 60)));
        textColumn(layout, Messages.Templates_ColumnDescription, 46, ChecklistTemplates::description,
                (item, v) -> item.setDescription(v));

        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        button(buttons, Messages.Templates_Add, this::addItem);
        button(buttons, Messages.Templates_Remove, this::removeItem);
        button(buttons, Messages.Templates_Up, () -> move(-1));
        button(buttons, Messages.Templates_Down, () -> move(1));
        version = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(version);
        publishButton = new Button(page, SWT.PUSH);
        publishButton.setText(Messages.Templates_Publish);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(publishButton);
        publishButton.addListener(SWT.Selection, e -> publish());
        // read-only until the answer says otherwise: everyone reads the team's templates; only its
        // administrators change them
        disableAllBut(page, templates);
        read(null);
        Administration.ask(page, ReviewService.PUBLISH_TEMPLATE, may -> {
            readOnly = !may;
            if (readOnly) {
                setMessage(NLS.bind(Messages.Templates_ReadOnly, dev.candor.ui.CandorUi.currentUser()), INFORMATION);
            } else {
                enableAll(page);
            }
            settled = true;
        });
        return page;
    }

    private static void disableAllBut(Composite parent, Control kept) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Composite composite && !(child instanceof Combo) && !(child instanceof org.eclipse.swt.widgets.Table)) {
                disableAllBut(composite, kept);
            } else if (child != kept && !(child instanceof Label)) {
                child.setEnabled(false);
            }
        }
    }

    private static void enableAll(Composite parent) {
        for (Control child : parent.getChildren()) {
            child.setEnabled(true);
            if (child instanceof Composite composite) {
                enableAll(composite);
            }
        }
    }

    private void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void textColumn(TableColumnLayout layout, String title, int weight,
            java.util.function.Function<ChecklistItem, String> get,
            java.util.function.BiConsumer<ChecklistItem, String> set) {
        TableViewerColumn column = new TableViewerColumn(items, SWT.NONE);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = get.apply((ChecklistItem) element);
                return value == null ? "" : value; //$NON-NLS-1$
            }
        });
        column.setEditingSupport(new EditingSupport(items) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return new TextCellEditor(items.getTable());
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                String value = get.apply((ChecklistItem) element);
                return value == null ? "" : value; //$NON-NLS-1$
            }

            @Override
            protected void setValue(Object element, Object value) {
                set.accept((ChecklistItem) element, ((String) value).strip());
                items.update(element, null);
            }
        });
        layout.setColumnData(column.getColumn(),
                new ColumnWeightData(weight, dev.candor.ui.Columns.atLeastTitle(items.getTable(), title, 60)));
    }

    /** Reads the templates in a job and shows the one with {@code selectKey} (or the first). */
    private void read(String selectKey) {
        Background.run(Messages.Templates_Template, templates, () -> {
            Map<String, ChecklistTemplate> found = new LinkedHashMap<>();
            for (ChecklistTemplate t : service.templates()) {
                String k = service.templateKey(t.getId());
                ChecklistTemplate before = found.get(k);
                if (before == null || t.getTemplateVersion() > before.getTemplateVersion()) {
                    found.put(k, t);
                }
            }
            return found;
        }, found -> {
            newest.clear();
            newest.putAll(found);
            show(selectKey);
        }, e -> setErrorMessage(NLS.bind(Messages.Templates_Failed, e.getMessage())));
    }

    private void show(String selectKey) {
        templates.removeAll();
        List<String> keys = new ArrayList<>(newest.keySet());
        for (String k : keys) {
            templates.add(ChecklistTemplates.label(newest.get(k)));
        }
        int index = selectKey == null ? 0 : Math.max(0, keys.indexOf(selectKey));
        templates.select(index);
        select(index);
    }

    private void select(int index) {
        List<String> keys = new ArrayList<>(newest.keySet());
        if (index < 0 || index >= keys.size()) {
            return;
        }
        key = keys.get(index);
        ChecklistTemplate stored = newest.get(key);
        editing = EcoreUtil.copy(stored);
        name.setText(ChecklistTemplates.name(editing));
        active.setSelection(editing.isActive());
        for (Button box : channels) {
            box.setSelection(editing.getChannels().contains(box.getData()));
        }
        items.setInput(editing.getItems());
        version.setText(NLS.bind(Messages.Templates_Version, stored.getTemplateVersion()));
    }

    /**
     * Starts a new template (for one channel, say) as a copy of the one shown;
     * it is stored when published, as version 1 of its own.
     */
    private void newTemplate() {
        if (editing == null || readOnly) {
            return;
        }
        org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(getShell(),
                Messages.Templates_New, Messages.Templates_NewName, "", value -> { //$NON-NLS-1$
                    String name = value.strip();
                    if (name.isEmpty()) {
                        return Messages.Templates_NameMissing;
                    }
                    return newest.containsKey(name) ? NLS.bind(Messages.Templates_NameTaken, name) : null;
                });
        if (ask.open() == org.eclipse.jface.window.Window.OK) {
            createCopy(ask.getValue().strip());
        }
    }

    /** The copy named {@code name}, shown for editing; nothing is stored until it is published. */
    void createCopy(String newName) {
        ChecklistTemplate copy = EcoreUtil.copy(editing);
        copy.setName(newName);
        copy.getChannels().clear();
        key = newName;
        editing = copy;
        templates.add(newName);
        templates.select(templates.getItemCount() - 1);
        name.setText(newName);
        active.setSelection(true);
        for (Button box : channels) {
            box.setSelection(false);
        }
        items.setInput(editing.getItems());
        version.setText(Messages.Templates_Unpublished);
    }

    private void addItem() {
        if (editing == null) {
            return;
        }
        ChecklistItem item = CandorFactory.eINSTANCE.createChecklistItem();
        int n = editing.getItems().size() + 1;
        item.setCode("item-" + n); //$NON-NLS-1$
        while (codeTaken(item.getCode(), item)) {
            item.setCode("item-" + ++n); //$NON-NLS-1$
        }
        item.setTitle(Messages.Templates_NewItem);
        item.setWeight(1);
        editing.getItems().add(item);
        items.refresh();
        items.editElement(item, 0);
    }

    private boolean codeTaken(String code, ChecklistItem except) {
        return editing.getItems().stream().anyMatch(i -> i != except && code.equals(i.getCode()));
    }

    private void removeItem() {
        Object selected = ((IStructuredSelection) items.getSelection()).getFirstElement();
        if (selected != null) {
            editing.getItems().remove(selected);
            items.refresh();
        }
    }

    private void move(int by) {
        Object selected = ((IStructuredSelection) items.getSelection()).getFirstElement();
        if (selected == null) {
            return;
        }
        int from = editing.getItems().indexOf(selected);
        int to = from + by;
        if (to >= 0 && to < editing.getItems().size()) {
            editing.getItems().move(to, from);
            items.refresh();
        }
    }

    /** Stores what is shown as the next version of the template in a job; says what was wrong if refused. */
    public void publish() {
        if (editing == null || readOnly) {
            return;
        }
        ChecklistTemplate copy = EcoreUtil.copy(editing);
        copy.setId(0);
        copy.setVersion(0);
        String typed = name.getText().strip();
        if (!typed.equals(ChecklistTemplates.name(editing))) {
            copy.setName(typed);
        }
        copy.setActive(active.getSelection());
        copy.getChannels().clear();
        for (Button box : channels) {
            if (box.getSelection()) {
                copy.getChannels().add((Channel) box.getData());
            }
        }
        String publishing = key;
        publishButton.setEnabled(false); // one at a time
        Background.run(Messages.Templates_Publish, templates, () -> service.publishTemplate(publishing, copy),
                published -> {
                    publishButton.setEnabled(true);
                    setErrorMessage(null);
                    setMessage(NLS.bind(Messages.Templates_Published, published.getTemplateVersion()), INFORMATION);
                    read(publishing);
                }, e -> {
                    publishButton.setEnabled(true);
                    setErrorMessage(e instanceof InvalidDataException invalid ? String.join("\n", invalid.getProblems()) //$NON-NLS-1$
                            : NLS.bind(Messages.Templates_Failed, e.getMessage()));
                });
    }
}
