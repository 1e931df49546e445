package dev.candor.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.candor.ui.CandorUi;

/**
 * The perspectives of the roles besides the account manager's. Like
 * {@link AccountManagerPerspective} they hold only the shell's own views and
 * folders; the bundles that contribute the role's views (the quality
 * dashboard, the history…) place them with perspectiveExtensions.
 */
public final class RolePerspectives {

    private RolePerspectives() {
    }

    static void shortcuts(IPageLayout layout) {
        layout.addPerspectiveShortcut(CandorUi.PERSPECTIVE_ACCOUNT_MANAGER);
        layout.addPerspectiveShortcut(CandorUi.PERSPECTIVE_QUALITY_LEAD);
        layout.addPerspectiveShortcut(CandorUi.PERSPECTIVE_ADMINISTRATOR);
        layout.addShowViewShortcut(CandorUi.VIEW_CUSTOMERS);
        layout.addShowViewShortcut(CandorUi.VIEW_ERROR_LOG);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
    }

    /**
     * A quality lead reviews conversations and follows trends: the customers
     * narrow on the left, the open record in the middle, the dashboard and the
     * checklist (added by the ethics bundle) taking the right, the history below.
     */
    public static final class QualityLead implements IPerspectiveFactory {
        @Override
        public void createInitialLayout(IPageLayout layout) {
            AccountManagerPerspective.folders(layout, 0.24f, 0.6f);
            shortcuts(layout);
        }
    }

    /**
     * An administrator looks after the installation: the database and team
     * settings (Window > Preferences), the Error Log large below the editors,
     * the customers at hand.
     */
    public static final class Administrator implements IPerspectiveFactory {
        @Override
        public void createInitialLayout(IPageLayout layout) {
            AccountManagerPerspective.folders(layout, 0.3f, 0.45f);
            shortcuts(layout);
        }
    }
}
