package dev.candor.exchange;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.candor.exchange.internal.ExchangeServiceImpl;
import dev.candor.services.DataTopics;
import dev.candor.services.ServiceContext;
import dev.candor.store.StoreException;

/**
 * Import and export through the formats contributed to {@code dev.candor.exchange.formats}. An
 * import is one transaction with the permission check and one audit entry naming the file and
 * how many records it brought; it is announced as {@link DataTopics#RELOAD} (a file may hold
 * anything). An export is audited too: it takes customers' data out of Candor.
 *
 * <p>An OSGi service while Candor's database is open.</p>
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface ExchangeService {

    /** Operation and audit action names. */
    String IMPORT = "data.import"; //$NON-NLS-1$
    String EXPORT = "data.export"; //$NON-NLS-1$

    /**
     * Imports {@code file} with the importer {@code formatId}: all of it or, when it throws, nothing;
     * records identical to an existing customer are left alone, other look-alikes created.
     *
     * @return how many records were written (created or updated)
     * @throws DataFormatException naming what is wrong with the file (nothing was written)
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled (nothing was written)
     * @throws IllegalArgumentException when no importer has that id
     */
    default int importFile(String formatId, Path file, IProgressMonitor monitor)
            throws DataFormatException, IOException, StoreException {
        return importFile(formatId, file, ImportChoices.all(ImportChoices.Resolution.CREATE), monitor).written();
    }

    /**
     * Imports {@code file} with the importer {@code formatId}, all of it or nothing; the records that
     * look like customers already in Candor are skipped, written over the existing customer or
     * created as {@code choices} say, and a record identical to an existing customer is left alone
     * unless its line says otherwise.
     *
     * @return what became of the file's records
     * @throws DataFormatException naming what is wrong with the file (nothing was written)
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled (nothing was written)
     */
    ImportResult importFile(String formatId, Path file, ImportChoices choices, IProgressMonitor monitor)
            throws DataFormatException, IOException, StoreException;

    /**
     * The records of {@code file} that look like customers already in Candor, read without writing
     * anything, for the user to choose what the import does with each.
     *
     * @throws DataFormatException naming what is wrong with the file
     */
    java.util.List<LookAlike> lookAlikes(String formatId, Path file, IProgressMonitor monitor)
            throws DataFormatException, IOException, StoreException;

    /**
     * Exports to {@code file} with the exporter {@code formatId}; the file is replaced only when the
     * export is complete.
     *
     * @return how many records were written
     */
    int exportFile(String formatId, Path file, IProgressMonitor monitor) throws IOException, StoreException;

    /** The service on {@code context}, for tools that run without the OSGi services (tests too); in Candor, take the OSGi service. */
    static ExchangeService create(ServiceContext context) {
        return new ExchangeServiceImpl(context);
    }
}
