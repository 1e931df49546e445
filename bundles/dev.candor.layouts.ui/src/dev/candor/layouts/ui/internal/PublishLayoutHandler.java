package dev.candor.layouts.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.layouts.NotPermittedException;
import dev.candor.layouts.TeamLayout;
import dev.candor.layouts.TeamLayouts;
import dev.candor.layouts.TeamPolicy;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreException;
import dev.candor.ui.CandorUi;
import dev.candor.ui.StoreAccess;

/** Window > Publish Layout for the Team: an administrator publishes the current perspective. */
public final class PublishLayoutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPage page = window.getActivePage();
        IPerspectiveDescriptor perspective = page == null ? null : page.getPerspective();
        if (perspective == null) {
            return null;
        }
        CandorStore store = StoreAccess.await(0).orElse(null);
        if (store == null) {
            MessageDialog.openError(window.getShell(), Messages.Publish_Title, Messages.NoStore);
            return null;
        }
        String user = CandorUi.currentUser();
        TeamPolicy policy;
        TeamLayout current;
        try {
            policy = store.call(TeamLayouts::policy);
            current = store.call(s -> TeamLayouts.published(s, perspective.getId())).orElse(null);
        } catch (StoreException e) {
            MessageDialog.openError(window.getShell(), Messages.Publish_Title, NLS.bind(Messages.Publish_Failed, e.getMessage()));
            return null;
        }
        if (!policy.mayAdminister(user)) {
            MessageDialog.openInformation(window.getShell(), Messages.Publish_Title, NLS.bind(Messages.Publish_NotAdministrator, user));
            return null;
        }
        List<IViewReference> views = Arrays.asList(page.getViewReferences());
        Set<String> locked = current == null ? TeamLayoutsUi.locked(perspective.getId()) : current.lockedViews();
        PublishLayoutDialog dialog = new PublishLayoutDialog(window.getShell(), perspective.getLabel(),
                current == null ? 1 : current.version() + 1, views, locked);
        if (dialog.open() != Window.OK) {
            return null;
        }
        try {
            TeamLayout layout = TeamLayoutsUi.publish(window, store, user, dialog.locked());
            MessageDialog.openInformation(window.getShell(), Messages.Publish_Title,
                    NLS.bind(Messages.Publish_Done, perspective.getLabel(), layout.version()));
        } catch (NotPermittedException e) {
            MessageDialog.openError(window.getShell(), Messages.Publish_Title, e.getMessage());
        } catch (StoreException e) {
            MessageDialog.openError(window.getShell(), Messages.Publish_Title, NLS.bind(Messages.Publish_Failed, e.getMessage()));
        }
        return null;
    }
}
