package dev.candor.ethics.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;

import dev.candor.services.ServiceContext;
import dev.candor.ui.Background;
import dev.candor.ui.Services;

/**
 * Whether the person at this Candor may change what the whole team's reviews use (templates,
 * settings), asked beforehand so that a page can say it is read-only; the service refuses anyway.
 */
final class Administration {

    private Administration() {
    }

    /**
     * Answers in the UI thread of {@code owner} whether the user may do {@code operation}; no
     * when the database is not open or the team's policy cannot be read.
     */
    static void ask(Control owner, String operation, Consumer<Boolean> answer) {
        ServiceContext context = Services.get(ServiceContext.class).orElse(null);
        if (context == null) {
            answer.accept(Boolean.FALSE);
            return;
        }
        Background.run(operation, owner, () -> Boolean.valueOf(context.permits(operation)), answer,
                e -> answer.accept(Boolean.FALSE));
    }
}
