package dev.candor.app.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dev.candor.store.CandorStore;
import dev.candor.ui.CandorUi;

final class CandorWorkbenchAdvisor extends WorkbenchAdvisor {

    private final CandorStore store;

    CandorWorkbenchAdvisor(CandorStore store) {
        this.store = store;
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
        return new CandorWindowAdvisor(configurer, store);
    }

    @Override
    public void postStartup() {
        DemoSeedJob.scheduleIfWanted(store);
        StartupProbe.afterStartup(getWorkbenchConfigurer().getWorkbench());
    }
}
