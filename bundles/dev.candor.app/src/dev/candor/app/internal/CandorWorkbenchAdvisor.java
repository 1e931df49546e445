package dev.candor.app.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;


final class CandorWorkbenchAdvisor extends WorkbenchAdvisor {

    private final DatabaseStartup database;

    CandorWorkbenchAdvisor(DatabaseStartup database) {
        this.database = database;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
    }

    /**
     * The perspective a new window opens with: the deployment's or the user's
     * {@code org.eclipse.ui/defaultPerspectiveId} (plugin_customization.ini)
     * when it names an installed perspective, else the account manager's.
     */
    @Override
    public String getInitialWindowPerspectiveId() {
        return InitialPerspective.id();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new CandorWindowAdvisor(configurer, database.wanted());
    }

    @Override
    public void postStartup() {
        database.workbenchStarted(getWorkbenchConfigurer().getWorkbench());
    }
}
