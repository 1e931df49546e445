package dev.candor.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.candor.ui.CandorUi;

/**
 * What an account manager works in all day: the customers on the left, the
 * open customer records in the middle, below them the places where the
 * history and the commitments go (their bundles add them with
 * perspectiveExtensions). The Error Log is not part of it (Window > Show View
 * opens it below): an account manager has nothing to do with it, and the
 * window paints one view fewer at start.
 */
public final class AccountManagerPerspective implements IPerspectiveFactory {

    /** The folder below the editors, where other bundles add their views. */
    public static final String BOTTOM_FOLDER = dev.candor.ui.CandorUi.FOLDER_BOTTOM;

    /** The folder to the left of the editors. */
    public static final String LEFT_FOLDER = dev.candor.ui.CandorUi.FOLDER_LEFT;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        folders(layout, 0.32f, 0.58f, false);
        layout.addShowViewShortcut(CandorUi.VIEW_CUSTOMERS);
        layout.addShowViewShortcut(CandorUi.VIEW_ERROR_LOG);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.getViewLayout(CandorUi.VIEW_CUSTOMERS).setCloseable(true);
        layout.addPerspectiveShortcut(CandorUi.PERSPECTIVE_QUALITY_LEAD);
        layout.addPerspectiveShortcut(CandorUi.PERSPECTIVE_ADMINISTRATOR);
    }

    /**
     * The folders every role's perspective has: the customers on the left and,
     * below the editors, the Error Log with places for the Progress view and for
     * the views other bundles add. The Progress view is only a placeholder: the
     * platform's view has an SVG icon, which SWT cannot draw on Java 25 here (no
     * SVG rasterizer), and a failing tab icon breaks the whole folder's tab strip.
     */
    static void folders(IPageLayout layout, float leftRatio, float bottomRatio) {
        folders(layout, leftRatio, bottomRatio, true);
    }

    /** As {@link #folders(IPageLayout, float, float)}; the Error Log only a place when not {@code errorLog}. */
    static void folders(IPageLayout layout, float leftRatio, float bottomRatio, boolean errorLog) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, leftRatio, editors);
        left.addView(CandorUi.VIEW_CUSTOMERS);
        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, bottomRatio, editors);
        if (errorLog) {
            bottom.addView(CandorUi.VIEW_ERROR_LOG);
        } else {
            bottom.addPlaceholder(CandorUi.VIEW_ERROR_LOG);
        }
        bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addPlaceholder("*"); //$NON-NLS-1$
    }
}
