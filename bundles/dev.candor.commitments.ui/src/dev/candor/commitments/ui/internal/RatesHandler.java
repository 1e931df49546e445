package dev.candor.commitments.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.Shell;

import dev.candor.commitments.CommitmentService;
import dev.candor.ui.Services;

/** Shows the kept-on-time rates. */
public final class RatesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = dev.candor.ui.CandorUi.shell(event);
        Services.getOrSay(CommitmentService.class, shell, Messages.Rates_Title)
                .ifPresent(service -> new RatesDialog(shell, service).open());
        return null;
    }
}
