package dev.candor.app.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dev.candor.store.StoreConfiguration;

final class CandorWindowAdvisor extends WorkbenchWindowAdvisor {

    private final StoreConfiguration database;

    CandorWindowAdvisor(IWorkbenchWindowConfigurer configurer, StoreConfiguration database) {
        super(configurer);
        this.database = database;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new CandorActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1400, 900));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
        // Which database is open matters when a team also has its own server.
        configurer.setTitle(NLS.bind(Messages.WindowTitle, database.toLocation()));
    }

    @Override
    public void postWindowOpen() {
        // a layout kept from a start in another language still has that language's tab titles
        dev.candor.ui.internal.PartLabels.refresh(getWindowConfigurer().getWindow());
        dev.candor.ui.internal.EmptyEditorAreaHint.install(getWindowConfigurer().getWindow());
    }
}
