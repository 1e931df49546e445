package dev.candor.history.internal;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.framework.BundleContext;

import dev.candor.history.GlobalSearch;
import dev.candor.history.SearchResults;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreException;

/**
 * The {@link GlobalSearch} service of the open database. The index lives in
 * this bundle's data area, one folder per database location, and is opened on
 * first use so that activating the service costs nothing.
 */
public final class SearchComponent implements GlobalSearch {

    private CandorStore store;
    private File folder;
    private LuceneSearchIndex index;

    public void setStore(CandorStore store) {
        this.store = store;
    }

    public void activate(BundleContext context) {
        folder = context.getDataFile("search-" + digest(store.getConfiguration().toLocation())); //$NON-NLS-1$
    }

    public synchronized void deactivate() {
        if (index != null) {
            index.close();
            index = null;
        }
    }

    private synchronized LuceneSearchIndex index() throws StoreException {
        if (index == null) {
            index = LuceneSearchIndex.open(store, folder.toPath());
        }
        return index;
    }

    static String digest(String location) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(location.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    @Override
    public SearchResults search(String query, int limit, IProgressMonitor monitor) throws StoreException {
        return index().search(query, limit, monitor);
    }

    @Override
    public long catchUp(IProgressMonitor monitor) throws StoreException {
        return index().catchUp(monitor);
    }

    @Override
    public void close() {
        deactivate();
    }
}
