package dev.candor.layouts.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

import dev.candor.layouts.LayoutService;
import dev.candor.layouts.TeamLayout;
import dev.candor.services.NotPermittedException;
import dev.candor.ui.Background;
import dev.candor.ui.CandorUi;
import dev.candor.ui.Services;

/**
 * Window > Publish Layout for the Team: an administrator publishes the current perspective. What
 * is published and the permission are read and written in jobs; the service refuses anyone else.
 */
public final class PublishLayoutHandler extends AbstractHandler {

    /** What the dialog starts from. */
    private record Current(boolean mayAdminister, Optional<TeamLayout> layout) {
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPage page = window.getActivePage();
        IPerspectiveDescriptor perspective = page == null ? null : page.getPerspective();
        if (perspective == null) {
            return null;
        }
        LayoutService service = Services.getOrSay(LayoutService.class, window.getShell(), Messages.Publish_Title)
                .orElse(null);
        if (service == null) {
            return null;
        }
        Background.run(Messages.Publish_Title, window.getShell(),
                () -> new Current(service.mayAdminister(), service.published(perspective.getId())),
                current -> choose(window, page, perspective, service, current),
                e -> MessageDialog.openError(window.getShell(), Messages.Publish_Title,
                        NLS.bind(Messages.Publish_Failed, e.getMessage())));
        return null;
    }

    private static void choose(IWorkbenchWindow window, IWorkbenchPage page, IPerspectiveDescriptor perspective,
            LayoutService service, Current current) {
        if (!current.mayAdminister()) {
            MessageDialog.openInformation(window.getShell(), Messages.Publish_Title,
                    NLS.bind(Messages.Publish_NotAdministrator, CandorUi.currentUser()));
            return;
        }
        if (page.getPerspective() != perspective) {
            return; // the user moved on meanwhile
        }
        TeamLayout before = current.layout().orElse(null);
        List<IViewReference> views = Arrays.asList(page.getViewReferences());
        Set<String> locked = before == null ? TeamLayoutsUi.locked(perspective.getId()) : before.lockedViews();
        PublishLayoutDialog dialog = new PublishLayoutDialog(window.getShell(), perspective.getLabel(),
                before == null ? 1 : before.version() + 1, views, locked);
        if (dialog.open() != Window.OK) {
            return;
        }
        Set<String> chosen = dialog.locked();
        String model = TeamLayoutsUi.modelToPublish(window, chosen);
        Background.run(Messages.Publish_Title, window.getShell(),
                () -> service.publish(perspective.getId(), model, chosen), layout -> {
                    TeamLayoutsUi.published(window, layout);
                    MessageDialog.openInformation(window.getShell(), Messages.Publish_Title,
                            NLS.bind(Messages.Publish_Done, perspective.getLabel(), layout.version()));
                }, e -> MessageDialog.openError(window.getShell(), Messages.Publish_Title,
                        e instanceof NotPermittedException || e instanceof dev.candor.layouts.NotPermittedException
                                ? e.getMessage()
                                : NLS.bind(Messages.Publish_Failed, e.getMessage())));
    }
}
