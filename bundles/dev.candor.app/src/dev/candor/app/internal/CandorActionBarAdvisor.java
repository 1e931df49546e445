package dev.candor.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** File, Window and Help menus with the platform's standard actions; bundles add to the marked groups. */
final class CandorActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction quit;
    private IWorkbenchAction save;
    private IWorkbenchAction close;
    private IWorkbenchAction preferences;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction savePerspective;
    private IWorkbenchAction customizePerspective;
    private IWorkbenchAction about;

    CandorActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        quit = register(ActionFactory.QUIT.create(window));
        save = register(ActionFactory.SAVE.create(window));
        close = register(ActionFactory.CLOSE.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        savePerspective = register(ActionFactory.SAVE_PERSPECTIVE.create(window));
        customizePerspective = register(ActionFactory.EDIT_ACTION_SETS.create(window));
        about = register(ActionFactory.ABOUT.create(window));
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        register((org.eclipse.jface.action.IAction) action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        MenuManager file = new MenuManager(Messages.Menu_File, IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(save);
        file.add(close);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        menuBar.add(file);

        // Undo/Redo/Delete are commands: the active part (a profile editor, the Customers view) handles them.
        MenuManager edit = new MenuManager(Messages.Menu_Edit, IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(command(window, "org.eclipse.ui.edit.undo", Messages.Menu_Undo)); //$NON-NLS-1$
        edit.add(command(window, "org.eclipse.ui.edit.redo", Messages.Menu_Redo)); //$NON-NLS-1$
        edit.add(new Separator());
        edit.add(command(window, "org.eclipse.ui.edit.delete", Messages.Menu_Delete)); //$NON-NLS-1$
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        menuBar.add(edit);

        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager windowMenu = new MenuManager(Messages.Menu_Window, IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager(Messages.Menu_ShowView, "showView"); //$NON-NLS-1$
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
        windowMenu.add(new Separator());
        windowMenu.add(customizePerspective);
        windowMenu.add(savePerspective);
        windowMenu.add(resetPerspective);
        windowMenu.add(new Separator());
        windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(preferences);
        menuBar.add(windowMenu);

        MenuManager help = new MenuManager(Messages.Menu_Help, IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator());
        help.add(about);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        menuBar.add(help);
    }

    private static org.eclipse.ui.menus.CommandContributionItem command(IWorkbenchWindow window, String id, String label) {
        org.eclipse.ui.menus.CommandContributionItemParameter parameter = new org.eclipse.ui.menus.CommandContributionItemParameter(
                window, null, id, org.eclipse.ui.menus.CommandContributionItem.STYLE_PUSH);
        parameter.label = label;
        return new org.eclipse.ui.menus.CommandContributionItem(parameter);
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        ToolBarManager main = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        main.add(save);
        main.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        coolBar.add(new org.eclipse.jface.action.ToolBarContributionItem(main, "dev.candor.app.main")); //$NON-NLS-1$
        coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}
