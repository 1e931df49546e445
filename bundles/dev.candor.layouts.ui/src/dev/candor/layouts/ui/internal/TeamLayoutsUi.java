package dev.candor.layouts.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.activities.IActivityManager;
import org.eclipse.ui.activities.ICategoryActivityBinding;
import org.eclipse.ui.activities.IWorkbenchActivitySupport;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.views.IViewDescriptor;
import org.osgi.service.prefs.BackingStoreException;

import dev.candor.layouts.Role;
import dev.candor.layouts.TeamLayout;
import dev.candor.layouts.TeamPolicy;
import dev.candor.ui.CandorUi;

/**
 * Publishing a perspective's arrangement for the team and applying the published ones
 * here. A published layout becomes the workbench's own definition of the perspective
 * (a model snippet, as Window > Save Perspective As makes one), so opening the
 * perspective and Window > Reset Perspective both give the team's layout. Which version
 * was applied is remembered in this workspace, so each version is applied once and a
 * user's own rearranging afterwards is kept until the next publication.
 * <p>
 * Everything here runs on the UI thread.
 */
public final class TeamLayoutsUi {

    /** Preference (this bundle, usually set in plugin_customization.ini): the role of people nobody assigned one. */
    public static final String PREF_DEFAULT_ROLE = "defaultRole"; //$NON-NLS-1$
    private static final String BUNDLE = "dev.candor.layouts.ui"; //$NON-NLS-1$
    private static final String APPLIED = "applied."; //$NON-NLS-1$

    /** Locked views per perspective, as last read or published. */
    private static final Map<String, Set<String>> LOCKED = new ConcurrentHashMap<>();
    private static final Set<IWorkbenchPage> GUARDED = ConcurrentHashMap.newKeySet();

    private TeamLayoutsUi() {
    }

    /** The role people get when the team's policy does not name them. */
    public static Role defaultRole() {
        String key = Platform.getPreferencesService().getString(BUNDLE, PREF_DEFAULT_ROLE, Role.ACCOUNT_MANAGER.key(), null);
        return Role.ofKey(key).orElse(Role.ACCOUNT_MANAGER);
    }

    /** Perspective id to the published version applied in this workspace. */
    public static Map<String, Integer> applied() {
        Map<String, Integer> applied = new HashMap<>();
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(BUNDLE);
        try {
            for (String key : node.keys()) {
                if (key.startsWith(APPLIED)) {
                    applied.put(key.substring(APPLIED.length()), node.getInt(key, 0));
                }
            }
        } catch (BackingStoreException e) {
            ILog.of(TeamLayoutsUi.class).log(Status.warning(e.getMessage(), e));
        }
        return applied;
    }

    /** Forgets which versions were applied here (the next start applies every published layout). */
    public static void forgetApplied() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(BUNDLE);
        for (String id : applied().keySet()) {
            node.remove(APPLIED + id);
        }
        flush(node);
    }

    private static void markApplied(String perspectiveId, int version) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(BUNDLE);
        node.putInt(APPLIED + perspectiveId, version);
        flush(node);
    }

    private static void flush(IEclipsePreferences node) {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(TeamLayoutsUi.class).log(Status.warning(e.getMessage(), e));
        }
    }

    /**
     * The window's current perspective as the model to publish with the given views locked
     * (they become closeable no more); in the UI thread.
     */
    public static String modelToPublish(IWorkbenchWindow window, Set<String> locked) {
        EModelService models = window.getService(EModelService.class);
        MPerspective live = models.getActivePerspective(window.getService(MWindow.class));
        for (MPlaceholder placeholder : models.findElements(live, null, MPlaceholder.class)) {
            if (placeholder.getRef() != null && isView(window.getWorkbench(), placeholder.getElementId())) {
                placeholder.setCloseable(!locked.contains(placeholder.getElementId()));
            }
        }
        return PerspectiveModels.serialize(live, models);
    }

    /**
     * Makes the layout just published from the window's current perspective this workbench's
     * definition of the perspective too; in the UI thread.
     */
    public static void published(IWorkbenchWindow window, TeamLayout layout) {
        IWorkbenchPage page = window.getActivePage();
        IPerspectiveDescriptor perspective = page.getPerspective();
        page.savePerspectiveAs(perspective);
        markApplied(perspective.getId(), layout.version());
        LOCKED.put(perspective.getId(), layout.lockedViews());
        guard(page);
    }

    private static boolean isView(IWorkbench workbench, String id) {
        return workbench.getViewRegistry().find(id) != null;
    }

    /**
     * Knows the locks of every published layout, and applies those newer than the
     * versions applied in this workspace to the window.
     *
     * @return the ids of the perspectives whose layout was applied now
     */
    public static List<String> apply(IWorkbenchWindow window, List<TeamLayout> published) {
        Map<String, Integer> applied = applied();
        List<String> done = new ArrayList<>();
        for (TeamLayout layout : published) {
            LOCKED.put(layout.perspectiveId(), layout.lockedViews());
        }
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return done;
        }
        guard(page);
        for (TeamLayout layout : published) {
            if (layout.version() > applied.getOrDefault(layout.perspectiveId(), 0) && install(window, page, layout)) {
                done.add(layout.perspectiveId());
            }
        }
        return done;
    }

    private static boolean install(IWorkbenchWindow window, IWorkbenchPage page, TeamLayout layout) {
        IPerspectiveDescriptor descriptor = window.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(layout.perspectiveId());
        if (descriptor == null) {
            // published from an installation with more bundles; nothing here can show it
            return false;
        }
        MPerspective snippet;
        try {
            snippet = PerspectiveModels.parse(layout.model());
        } catch (IOException e) {
            ILog.of(TeamLayoutsUi.class).log(Status.error(NLS.bind(Messages.Apply_Damaged,
                    new Object[] { descriptor.getLabel(), layout.version(), e.getMessage() }), e));
            return false;
        }
        snippet.setElementId(layout.perspectiveId());
        MApplication application = window.getWorkbench().getService(MApplication.class);
        EModelService models = window.getService(EModelService.class);
        MUIElement old = models.findSnippet(application, layout.perspectiveId());
        if (old != null) {
            application.getSnippets().remove(old);
        }
        application.getSnippets().add(snippet);

        IPerspectiveDescriptor active = page.getPerspective();
        boolean open = false;
        for (IPerspectiveDescriptor candidate : page.getOpenPerspectives()) {
            open |= candidate.getId().equals(descriptor.getId());
        }
        if (open) {
            page.closePerspective(descriptor, true, false);
        }
        // opens from the snippet; saving it back marks the perspective as customised, so
        // that Reset Perspective returns to the team's layout instead of the original one
        page.setPerspective(descriptor);
        page.savePerspectiveAs(descriptor);
        if (active != null && !active.getId().equals(descriptor.getId())) {
            if (!open) {
                page.closePerspective(descriptor, false, false);
            }
            page.setPerspective(active);
        }
        markApplied(layout.perspectiveId(), layout.version());
        return true;
    }

    /** The views users may not close in a perspective. */
    public static Set<String> locked(String perspectiveId) {
        return LOCKED.getOrDefault(perspectiveId, Set.of());
    }

    /** Opens a locked view again when it was closed anyway (Close All, a command). */
    private static void guard(IWorkbenchPage page) {
        if (!GUARDED.add(page)) {
            return;
        }
        page.addPartListener(new IPartListener2() {
            @Override
            public void partClosed(IWorkbenchPartReference reference) {
                IPerspectiveDescriptor perspective = page.getPerspective();
                if (!(reference instanceof IViewReference) || perspective == null
                        || !locked(perspective.getId()).contains(reference.getId())) {
                    return;
                }
                String id = reference.getId();
                page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
                    if (page.getWorkbenchWindow().getWorkbench().isClosing() || page.getPerspective() != perspective) {
                        return;
                    }
                    try {
                        page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
                    } catch (PartInitException e) {
                        ILog.of(TeamLayoutsUi.class).log(e.getStatus());
                    }
                });
            }
        });
    }

    /**
     * Hides the capabilities the team's policy hides from the user's role (their views
     * leave the menus and close) and shows the others again.
     *
     * @return the user's role
     */
    public static Role applyRole(IWorkbench workbench, TeamPolicy policy, String user) {
        Role role = policy.roleOf(user, defaultRole());
        Set<String> hidden = policy.hiddenFrom(role);
        IWorkbenchActivitySupport support = workbench.getActivitySupport();
        Set<String> enabled = new HashSet<>(support.getActivityManager().getEnabledActivityIds());
        for (String id : capabilities(support.getActivityManager())) {
            if (hidden.contains(id)) {
                enabled.remove(id);
            } else {
                enabled.add(id);
            }
        }
        support.setEnabledActivityIds(enabled);
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IViewReference view : page.getViewReferences()) {
                    if (!allowed(workbench, view.getId())) {
                        page.hideView(view);
                    }
                }
            }
        }
        return role;
    }

    /** The activities of Candor's capabilities category, Candor's own and contributed ones. */
    public static List<String> capabilities(IActivityManager activities) {
        List<String> ids = new ArrayList<>();
        for (ICategoryActivityBinding binding : activities.getCategory(CandorUi.CAPABILITIES_CATEGORY)
                .getCategoryActivityBindings()) {
            ids.add(binding.getActivityId());
        }
        ids.sort(null);
        return ids;
    }

    /** Whether the view is available under the enabled capabilities. */
    public static boolean allowed(IWorkbench workbench, String viewId) {
        IViewDescriptor descriptor = workbench.getViewRegistry().find(viewId);
        return descriptor == null || !WorkbenchActivityHelper.filterItem(descriptor);
    }

}
