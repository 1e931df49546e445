package dev.candor.app.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dev.candor.ui.CandorUi;

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

    @Override
    public String getInitialWindowPerspectiveId() {
        return CandorUi.PERSPECTIVE_ACCOUNT_MANAGER;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new CandorWindowAdvisor(configurer, database.wanted());
    }

    @Override
    public void postStartup() {
        database.workbenchStarted(getWorkbenchConfigurer().getWorkbench());
        StartupProbe.afterStartup(getWorkbenchConfigurer().getWorkbench());
    }
}
