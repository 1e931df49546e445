package dev.candor.app.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Asks with SWT dialogs before the workbench window exists. */
final class DialogPrompter implements Prompter {

    private final Display display;

    DialogPrompter(Display display) {
        this.display = display;
    }

    @Override
    public void warn(String title, String message) {
        Shell shell = new Shell(display);
        try {
            MessageDialog.openWarning(shell, title, message);
        } finally {
            shell.dispose();
        }
    }

    @Override
    public Choice unavailable(String title, String message, boolean canRetry) {
        Shell shell = new Shell(display);
        try {
            String[] buttons = canRetry
                    ? new String[] { Messages.Database_Retry, Messages.Database_Choose, Messages.Database_Exit }
                    : new String[] { Messages.Database_Choose, Messages.Database_Exit };
            int answer = new MessageDialog(shell, title, null, message, MessageDialog.ERROR, 0, buttons).open();
            if (answer < 0 || answer == buttons.length - 1) {
                return Choice.EXIT;
            }
            return canRetry && answer == 0 ? Choice.RETRY : Choice.CHOOSE_FOLDER;
        } finally {
            shell.dispose();
        }
    }

    @Override
    public String chooseFolder(String title) {
        Shell shell = new Shell(display);
        try {
            DirectoryDialog dialog = new DirectoryDialog(shell);
            dialog.setMessage(title);
            return dialog.open();
        } finally {
            shell.dispose();
        }
    }
}
