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
 * Candor calls it in a background job inside one transaction: whatever it
 * throws (a {@link DataFormatException} naming the wrong lines, a cancel
 * through the monitor, any other failure) rolls every record of the file back,
 * so an import never leaves half a file in the database. An importer should
 * therefore check the whole file before it writes, and report every wrong line
 * at once.
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
