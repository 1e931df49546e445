package dev.candor.app.internal;

/** How the bootstrap asks the user; a dialog in the product, a script in tests. */
public interface Prompter {

    /** The choices offered when a database cannot be opened. */
    enum Choice {
        RETRY, CHOOSE_FOLDER, EXIT
    }

    void warn(String title, String message);

    Choice unavailable(String title, String message, boolean canRetry);

    /** A folder the user picked, or {@code null} if cancelled. */
    String chooseFolder(String title);
}
