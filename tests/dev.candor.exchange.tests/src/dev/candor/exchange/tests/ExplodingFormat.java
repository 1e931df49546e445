package dev.candor.exchange.tests;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.candor.exchange.Exporter;
import dev.candor.exchange.ImportContext;
import dev.candor.exchange.Importer;
import dev.candor.model.CandorFactory;
import dev.candor.model.Customer;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/** A contribution with a bug: it writes something, then fails. */
public final class ExplodingFormat implements Importer, Exporter {

    @Override
    public int read(Reader input, ImportContext context, IProgressMonitor monitor) throws StoreException {
        StoreSession session = context.session();
        String user = context.user();
        Customer half = CandorFactory.eINSTANCE.createCustomer();
        half.setName("Half Written Ltd");
        half.setOwner(user);
        half.setPreferredChannel(dev.candor.model.Channel.MEETING);
        session.customers().save(half);
        throw new IllegalStateException("bug in the importer");
    }

    @Override
    public int write(StoreSession session, Writer output, IProgressMonitor monitor) throws IOException {
        output.write("half a file");
        output.flush();
        throw new IllegalStateException("bug in the exporter");
    }
}
