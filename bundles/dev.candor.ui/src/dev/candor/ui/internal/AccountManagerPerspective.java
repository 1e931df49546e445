package dev.candor.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.candor.ui.CandorUi;

/**
 * What an account manager works in all day: the customers on the left, the
 * open customer records in the middle, the Error Log and progress below.
 * Later bundles add their views with perspectiveExtensions.
 */
public final class AccountManagerPerspective implements IPerspectiveFactory {

    /** The folder below the editors, where other bundles add their views. */
    public static final String BOTTOM_FOLDER = "dev.candor.ui.bottom"; //$NON-NLS-1$

    /** The folder to the left of the editors. */
    public static final String LEFT_FOLDER = "dev.candor.ui.left"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.32f, editors);
        left.addView(CandorUi.VIEW_CUSTOMERS);
        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.58f, editors);
        bottom.addView(CandorUi.VIEW_ERROR_LOG);
        bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addPlaceholder("*"); //$NON-NLS-1$
        layout.addShowViewShortcut(CandorUi.VIEW_CUSTOMERS);
        layout.addShowViewShortcut(CandorUi.VIEW_ERROR_LOG);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.getViewLayout(CandorUi.VIEW_CUSTOMERS).setCloseable(true);
        layout.addPerspectiveShortcut(CandorUi.PERSPECTIVE_QUALITY_LEAD);
        layout.addPerspectiveShortcut(CandorUi.PERSPECTIVE_ADMINISTRATOR);
    }
}
