package dev.candor.ui.internal;

import org.eclipse.ui.IFolderLayout;
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
            String editors = layout.getEditorArea();
            IFolderLayout left = layout.createFolder(AccountManagerPerspective.LEFT_FOLDER, IPageLayout.LEFT, 0.24f,
                    editors);
            left.addView(CandorUi.VIEW_CUSTOMERS);
            IFolderLayout bottom = layout.createFolder(AccountManagerPerspective.BOTTOM_FOLDER, IPageLayout.BOTTOM,
                    0.6f, editors);
            bottom.addView(CandorUi.VIEW_ERROR_LOG);
            bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
            bottom.addPlaceholder("*"); //$NON-NLS-1$
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
            String editors = layout.getEditorArea();
            IFolderLayout left = layout.createFolder(AccountManagerPerspective.LEFT_FOLDER, IPageLayout.LEFT, 0.3f,
                    editors);
            left.addView(CandorUi.VIEW_CUSTOMERS);
            IFolderLayout bottom = layout.createFolder(AccountManagerPerspective.BOTTOM_FOLDER, IPageLayout.BOTTOM,
                    0.45f, editors);
            bottom.addView(CandorUi.VIEW_ERROR_LOG);
            // a placeholder only: the platform's Progress view has an SVG icon, which SWT cannot draw on
            // Java 25 here (no SVG rasterizer), and a failing tab icon breaks the whole folder's tab strip
            bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
            bottom.addPlaceholder("*"); //$NON-NLS-1$
            shortcuts(layout);
        }
    }
}
