package dev.candor.ethics.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/** Reports the engine's problems in the Error Log; outside OSGi (the benchmark) on standard error. */
public final class EngineLog {

    private EngineLog() {
    }

    public static void error(String message, Throwable cause) {
        try {
            ILog.of(EngineLog.class).log(Status.error(message, cause));
        } catch (RuntimeException | LinkageError outsideOsgi) {
            System.err.println(message + (cause == null ? "" : ": " + cause)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
