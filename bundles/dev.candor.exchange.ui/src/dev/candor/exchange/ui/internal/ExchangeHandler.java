package dev.candor.exchange.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.exchange.internal.Formats;
import dev.candor.exchange.ExchangeService;
import dev.candor.ui.Services;

/** File > Import Data and File > Export Data (the parameter {@code direction} says which). */
public final class ExchangeHandler extends AbstractHandler {

    public static final String IMPORT = "dev.candor.exchange.ui.commands.import"; //$NON-NLS-1$
    public static final String EXPORT = "dev.candor.exchange.ui.commands.export"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        boolean importing = IMPORT.equals(event.getCommand().getId());
        // the window's shell: the active one may be a dialog that is gone by the time the job ends
        Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
        ExchangeService service = Services
                .getOrSay(ExchangeService.class, shell, importing ? Messages.Import_Title : Messages.Export_Title)
                .orElse(null);
        if (service == null) {
            return null;
        }
        ExchangeDialog dialog = new ExchangeDialog(shell, importing, importing ? Formats.importers() : Formats.exporters());
        if (dialog.open() != Window.OK) {
            return null;
        }
        return importing ? ExchangeJobs.importFile(shell, service, dialog.format(), dialog.path())
                : ExchangeJobs.exportFile(shell, service, dialog.format(), dialog.path());
    }
}
