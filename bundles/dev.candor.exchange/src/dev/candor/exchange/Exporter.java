package dev.candor.exchange;

import java.io.IOException;
import java.io.Writer;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * Writes records from the database to a file, contributed through the
 * {@code dev.candor.exchange.formats} extension point ({@code exporter} element).
 * <p>
 * Candor calls it in a background job, writing to a temporary file beside the
 * chosen one that replaces it only when the exporter returned: a failure or a
 * cancel leaves the earlier file as it was.
 *
 * @since 0.1
 */
public interface Exporter {

    /**
     * Writes the records read through {@code session} to {@code output} (UTF-8 text).
     *
     * @return how many records were written
     */
    int write(StoreSession session, Writer output, IProgressMonitor monitor) throws IOException, StoreException;
}
