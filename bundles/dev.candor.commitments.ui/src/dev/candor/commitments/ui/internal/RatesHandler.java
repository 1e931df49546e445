package dev.candor.commitments.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.commitments.CommitmentService;
import dev.candor.ui.Services;

/** Shows the kept-on-time rates. */
public final class RatesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Services.getOrSay(CommitmentService.class, HandlerUtil.getActiveShellChecked(event), Messages.Rates_Title)
                .ifPresent(service -> new RatesDialog(HandlerUtil.getActiveShell(event), service).open());
        return null;
    }
}
