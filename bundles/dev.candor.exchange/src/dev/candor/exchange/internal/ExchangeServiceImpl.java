package dev.candor.exchange.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.candor.exchange.DataFormatException;
import dev.candor.exchange.ExchangeService;
import dev.candor.exchange.ImportChoices;
import dev.candor.exchange.ImportResult;
import dev.candor.exchange.LookAlike;
import dev.candor.services.ServiceContext;
import dev.candor.store.StoreException;
import dev.candor.store.StoreWork;
import dev.candor.nls.Plurals;

/**
 * {@link ExchangeService} on a {@link ServiceContext}; also the Declarative Services component,
 * which gets the context once Candor's database is open.
 */
public final class ExchangeServiceImpl implements ExchangeService {

    private ServiceContext context;

    /** Declarative Services. */
    public ExchangeServiceImpl() {
    }

    public ExchangeServiceImpl(ServiceContext context) {
        this.context = context;
    }

    /** Declarative Services: the database's service context. */
    public void setContext(ServiceContext value) {
        context = value;
    }

    private static Format format(List<Format> formats, String id) {
        return formats.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no format " + id)); //$NON-NLS-1$
    }

    @Override
    public ImportResult importFile(String formatId, Path file, ImportChoices choices, IProgressMonitor monitor)
            throws DataFormatException, IOException, StoreException {
        Format format = format(Formats.importers(), formatId);
        ImportResult done = Exchange.importFile(new Exchange.Transaction() {
            @Override
            public <T> T run(StoreWork<T> work) throws StoreException {
                return context.write(IMPORT, change -> {
                    T result = work.run(change.session());
                    if (result instanceof ImportResult r) {
                        change.audit(IMPORT, 0, Plurals.format(Messages.Audit_Imported,
                                new Object[] { r.written(), format.name(), file.getFileName() }) + ' '
                                + Plurals.format(Messages.Audit_ImportResult, new Object[] { r.created(), r.updated(),
                                        r.unchanged(), r.skipped() }),
                                file.toAbsolutePath().toString());
                    }
                    return result;
                });
            }

            @Override
            public <T> T apart(StoreWork<T> work) throws StoreException {
                return context.write(IMPORT, change -> work.run(change.session()));
            }
        }, format, file, context.user(), context.clock(), choices, monitor);
        context.reload();
        return done;
    }

    @Override
    public List<LookAlike> lookAlikes(String formatId, Path file, IProgressMonitor monitor)
            throws DataFormatException, IOException, StoreException {
        Format format = format(Formats.importers(), formatId);
        return Exchange.lookAlikes(new Exchange.Transaction() {
            @Override
            public <T> T run(StoreWork<T> work) throws StoreException {
                return context.read(IMPORT, work);
            }

            @Override
            public <T> T apart(StoreWork<T> work) throws StoreException {
                return context.write(IMPORT, change -> work.run(change.session()));
            }
        }, format, file, context.user(), context.clock(), monitor);
    }

    @Override
    public int exportFile(String formatId, Path file, IProgressMonitor monitor) throws IOException, StoreException {
        Format format = format(Formats.exporters(), formatId);
        return Exchange.exportFile(new Exchange.Transaction() {
            @Override
            public <T> T run(StoreWork<T> work) throws StoreException {
                return context.write(EXPORT, change -> {
                    T result = work.run(change.session());
                    change.audit(EXPORT, 0, Plurals.format(Messages.Audit_Exported,
                            new Object[] { result, format.name(), file.getFileName() }), file.toAbsolutePath().toString());
                    return result;
                });
            }

            @Override
            public <T> T apart(StoreWork<T> work) throws StoreException {
                return context.write(EXPORT, change -> work.run(change.session()));
            }
        }, format, file, monitor);
    }
}
