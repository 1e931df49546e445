package dev.candor.profiles.ui.internal;

import java.util.List;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dev.candor.profiles.ui.internal.ProfileEditor.OutlineEntry;

/**
 * The Outline of a profile: its summary, sections and contacts, each with the
 * number of problems to fix in it. Selecting an entry scrolls the form to it
 * (a contact is also selected in the contacts table); double-click or Enter
 * puts the cursor into its first field.
 */
final class ProfileOutlinePage extends ContentOutlinePage {

    private final ProfileEditor editor;
    private LocalResourceManager resources;

    ProfileOutlinePage(ProfileEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((OutlineEntry) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((OutlineEntry) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(labels());
        // entries are records: equal by what they show, so a refresh keeps the selection and expansion
        viewer.setUseHashlookup(true);
        viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
        viewer.addDoubleClickListener(event -> open(event.getSelection()));
        viewer.addOpenListener(event -> open(event.getSelection()));
        viewer.addSelectionChangedListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof OutlineEntry entry) {
                editor.reveal(entry, false);
            }
        });
        refresh();
    }

    private ILabelProvider labels() {
        ImageDescriptor contact = ImageDescriptor.createFromURL(
                ProfileOutlinePage.class.getResource("/icons/customer.png")); //$NON-NLS-1$
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                OutlineEntry entry = (OutlineEntry) element;
                return entry.problems() == 0 ? entry.title()
                        : NLS.bind(Messages.Outline_ToFix, entry.title(), entry.problems());
            }

            @Override
            public Image getImage(Object element) {
                OutlineEntry entry = (OutlineEntry) element;
                if (entry.problems() > 0) {
                    return shared.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
                }
                return entry.contact() != null ? resources.create(contact) : shared.getImage(ISharedImages.IMG_OBJ_ELEMENT);
            }
        };
    }

    private void open(org.eclipse.jface.viewers.ISelection selection) {
        if (((IStructuredSelection) selection).getFirstElement() instanceof OutlineEntry entry) {
            editor.reveal(entry, true);
        }
    }

    /** Shows the form's current parts and problems; called by the editor after every change. */
    void refresh() {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<OutlineEntry> entries = editor.outline();
        if (!entries.equals(viewer.getInput())) {
            viewer.setInput(entries);
        }
    }
}
