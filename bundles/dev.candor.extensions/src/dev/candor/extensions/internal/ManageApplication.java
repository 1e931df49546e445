package dev.candor.extensions.internal;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.equinox.p2.core.ProvisionException;

import dev.candor.extensions.internal.Extensions.Extension;

/**
 * Installs, uninstalls and lists extensions without the workbench, for administrators'
 * scripts and the install test:
 * {@code -application dev.candor.extensions.manage -repository <site> -installIU <id>},
 * {@code -uninstallIU <id>}, {@code -list [-repository <site>]}. Exit code 0 on success.
 */
public final class ManageApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = System.out;
        URI site = null;
        List<String> install = new ArrayList<>();
        List<String> uninstall = new ArrayList<>();
        boolean list = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "-repository" -> site = site(args[++i]); //$NON-NLS-1$
            case "-installIU" -> install.add(args[++i]); //$NON-NLS-1$
            case "-uninstallIU" -> uninstall.add(args[++i]); //$NON-NLS-1$
            case "-list" -> list = true; //$NON-NLS-1$
            default -> {
                // the launcher's own arguments (-consoleLog, -data, ...) pass through here; -install is the launcher's, hence -installIU as the p2 director has it
            }
            }
        }
        try {
            Extensions extensions = Extensions.ofThisInstallation();
            IStatus status = org.eclipse.core.runtime.Status.OK_STATUS;
            if (!install.isEmpty()) {
                if (site == null) {
                    out.println("-installIU needs -repository <update site>"); //$NON-NLS-1$
                    return Integer.valueOf(2);
                }
                status = extensions.install(site, install, new NullProgressMonitor());
            } else if (!uninstall.isEmpty()) {
                status = extensions.uninstall(uninstall, new NullProgressMonitor());
            }
            if (!status.isOK() && status.getSeverity() != IStatus.INFO) {
                out.println("FAILED: " + describe(status)); //$NON-NLS-1$
                return Integer.valueOf(1);
            }
            if (list || install.isEmpty() && uninstall.isEmpty()) {
                for (Extension e : extensions.installed()) {
                    out.println("installed " + e.id() + " " + e.version()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                if (site != null) {
                    for (Extension e : extensions.available(site, new NullProgressMonitor())) {
                        out.println("available " + e.id() + " " + e.version()); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            }
            out.println("OK"); //$NON-NLS-1$
            return IApplication.EXIT_OK;
        } catch (ProvisionException e) {
            out.println("FAILED: " + e.getMessage()); //$NON-NLS-1$
            return Integer.valueOf(1);
        }
    }

    private static URI site(String text) throws URISyntaxException {
        return text.contains(":/") ? new URI(text) : Path.of(text).toAbsolutePath().toUri(); //$NON-NLS-1$
    }

    static String describe(IStatus status) {
        StringBuilder text = new StringBuilder(status.getMessage());
        for (IStatus child : status.getChildren()) {
            text.append("\n  ").append(describe(child)); //$NON-NLS-1$
        }
        return text.toString();
    }

    @Override
    public void stop() {
        // runs to its end
    }
}
