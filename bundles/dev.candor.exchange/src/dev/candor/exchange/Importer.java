package dev.candor.exchange;

import java.io.IOException;
import java.io.Reader;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * Reads records from a file into the database, contributed through the
 * {@code dev.candor.exchange.formats} extension point ({@code importer} element).
 * <p>
 * Candor calls it in a background job. Customers saved through
 * {@link ImportContext#save} are written in short transactions of their own and shown to
 * nobody until the whole file is read; anything else is written through
 * {@link ImportContext#session()}, the import's transaction, which is committed at the end.
 * Whatever the importer throws (a {@link DataFormatException} naming the wrong lines, a cancel
 * through the monitor, any other failure) undoes every record of the file, so an import never
 * leaves half a file in the database. Read the file as a stream (it may hold a million records)
 * and report every wrong line at once.
 *
 * @since 0.1
 */
public interface Importer {

    /**
     * Reads {@code input} (UTF-8 text) and saves its records through {@code context.session()}.
     *
     * @param context the transaction, who imports and the clock
     * @param monitor reports progress; {@link IProgressMonitor#isCanceled()} means stop
     *                (throw {@link org.eclipse.core.runtime.OperationCanceledException})
     * @return how many records were imported
     * @throws DataFormatException when the file holds something that cannot be imported
     */
    int read(Reader input, ImportContext context, IProgressMonitor monitor)
            throws DataFormatException, IOException, StoreException;

    /**
     * Reads {@code input} without writing anything and names the records that look like customers
     * already in Candor, so that the user can choose, before the import, what
     * {@link #read} does with each ({@link ImportContext#choices()}). Candor calls it in a read-only
     * transaction. By default nothing is matched.
     *
     * @throws DataFormatException when the file holds something that cannot be imported
     */
    default java.util.List<LookAlike> lookAlikes(Reader input, ImportContext context, IProgressMonitor monitor)
            throws DataFormatException, IOException, StoreException {
        return java.util.List.of();
    }
}
