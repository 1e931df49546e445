package dev.candor.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import dev.candor.ui.DataEvents;

/** F5: every Candor view reloads from the database (others may have changed it). */
public final class RefreshHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        DataEvents.reload();
        return null;
    }
}
