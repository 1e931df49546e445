package dev.candor.exchange.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.candor.exchange.DataFormatException;
import dev.candor.exchange.Exporter;
import dev.candor.exchange.Importer;
import dev.candor.store.StoreException;

/**
 * Runs contributed importers and exporters safely: an import is one transaction (all of
 * the file or nothing), an export replaces the file only when complete, and a
 * contribution that fails in an unexpected way is reported, logged and kept from
 * taking anything else down.
 */
public final class Exchange {

    private Exchange() {
    }

    /** Runs work in transactions of the service, with its permission check. */
    public interface Transaction {
        /** Runs the work in the transaction that records the import or export (audit, change event). */
        <T> T run(dev.candor.store.StoreWork<T> work) throws StoreException;

        /** Runs part of the work in a short transaction of its own, which records nothing. */
        <T> T apart(dev.candor.store.StoreWork<T> work) throws StoreException;
    }

    /** Carries an importer's own exceptions out of the store's transaction, which then rolls back. */
    private static final class Abort extends StoreException {
        private static final long serialVersionUID = 1L;
        final Exception reason;

        Abort(Exception reason) {
            super(reason.getMessage(), reason);
            this.reason = reason;
        }
    }

    /**
     * Imports {@code file} with the format's importer; look-alikes of existing customers as
     * {@code choices} say.
     *
     * @return what became of the file's records
     * @throws DataFormatException naming what is wrong with the file (nothing was written)
     * @throws OperationCanceledException when cancelled (nothing was written)
     */
    public static dev.candor.exchange.ImportResult importFile(Transaction transaction, Format format, Path file,
            String user, java.time.Clock clock, dev.candor.exchange.ImportChoices choices, IProgressMonitor monitor)
            throws DataFormatException, IOException, StoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        Staging.finishLeftovers(transaction, clock, progress.split(5));
        Staging staging = Staging.begin(transaction, clock, user);
        int[] kinds = new int[dev.candor.exchange.ImportResult.Kind.values().length];
        boolean[] told = { false };
        dev.candor.exchange.ImportResult result;
        try {
            result = read(transaction, format, file, user, clock, choices, staging, kind -> {
                told[0] = true;
                kinds[kind.ordinal()]++;
            }, progress.split(90), (importer, input, context, reading) -> {
                int count = importer.read(input, context, reading);
                staging.flush();
                reading.subTask(Messages.Exchange_Publishing);
                context.session().customerImports().publish(staging.id());
                // an importer that tells nothing of its records created them all
                return told[0] ? new dev.candor.exchange.ImportResult(kinds[0], kinds[1], kinds[2], kinds[3])
                        : new dev.candor.exchange.ImportResult(count, 0, 0, 0);
            });
        } catch (DataFormatException | IOException | StoreException | RuntimeException | Error e) {
            try {
                Staging.discard(transaction, staging.id());
            } catch (StoreException | RuntimeException left) {
                // what is left is invisible, and the next import removes it
                e.addSuppressed(left);
            }
            throw e;
        }
        Staging.settle(transaction, staging.id(), progress.split(5));
        return result;
    }

    /**
     * The records of {@code file} that look like customers already in Candor, read in
     * {@code transaction} (which should write nothing).
     */
    public static java.util.List<dev.candor.exchange.LookAlike> lookAlikes(Transaction transaction, Format format,
            Path file, String user, java.time.Clock clock, IProgressMonitor monitor)
            throws DataFormatException, IOException, StoreException {
        return read(transaction, format, file, user, clock, dev.candor.exchange.ImportChoices.all(
                dev.candor.exchange.ImportChoices.Resolution.SKIP), null, kind -> {
                }, monitor, (importer, input, context, reading) -> importer.lookAlikes(input, context, reading));
    }

    /** What is done with the file's reader. */
    @FunctionalInterface
    private interface ReadWork<T> {
        T run(Importer importer, java.io.Reader input, dev.candor.exchange.ImportContext context,
                IProgressMonitor reading) throws DataFormatException, IOException, StoreException;
    }

    private static <T> T read(Transaction transaction, Format format, Path file, String user, java.time.Clock clock,
            dev.candor.exchange.ImportChoices choices, Staging staging,
            java.util.function.Consumer<dev.candor.exchange.ImportResult.Kind> told, IProgressMonitor monitor,
            ReadWork<T> work)
            throws DataFormatException, IOException, StoreException {
        Importer importer;
        try {
            importer = format.createImporter();
        } catch (CoreException | ClassCastException e) {
            throw failed(format, e);
        }
        try {
            return transaction.run(session -> {
                // progress by the bytes read: the importer need not know how many records there are
                SubMonitor bytes = SubMonitor.convert(monitor, 1000);
                IProgressMonitor reading = new org.eclipse.core.runtime.ProgressMonitorWrapper(bytes) {
                    @Override
                    public void beginTask(String name, int totalWork) {
                        subTask(name);
                    }

                    @Override
                    public void worked(int work) {
                        // the bytes tell
                    }

                    @Override
                    public void internalWorked(double work) {
                        // the bytes tell
                    }

                    @Override
                    public void done() {
                        // the bytes tell
                    }
                };
                try (BufferedReader input = new BufferedReader(new java.io.InputStreamReader(
                        new CountingInput(Files.newInputStream(file), Files.size(file), bytes),
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
                    return work.run(importer, input, new dev.candor.exchange.ImportContext() {
                        @Override
                        public dev.candor.store.StoreSession session() {
                            return session;
                        }

                        @Override
                        public String user() {
                            return user;
                        }

                        @Override
                        public java.time.Clock clock() {
                            return clock;
                        }

                        @Override
                        public dev.candor.exchange.ImportChoices choices() {
                            return choices;
                        }

                        @Override
                        public void record(dev.candor.exchange.ImportResult.Kind kind) {
                            told.accept(kind);
                        }

                        @Override
                        public void save(dev.candor.model.Customer customer) throws StoreException {
                            if (staging == null) {
                                throw new IllegalStateException("nothing is saved while looking for look-alikes"); //$NON-NLS-1$
                            }
                            staging.add(customer);
                        }
                    }, reading);
                } catch (DataFormatException | IOException e) {
                    throw new Abort(e);
                } catch (StoreException | OperationCanceledException e) {
                    throw e;
                } catch (RuntimeException | LinkageError e) {
                    throw new Abort(failed(format, e));
                }
            });
        } catch (Abort abort) {
            if (abort.reason instanceof CharacterCodingException) {
                throw new DataFormatException(java.util.List.of(NLS.bind(Messages.Exchange_NotUtf8, file.getFileName())));
            }
            if (abort.reason instanceof DataFormatException e) {
                throw e;
            }
            if (abort.reason instanceof IOException e) {
                throw e;
            }
            throw (StoreException) abort.reason;
        }
    }

    /**
     * Exports to {@code file} with the format's exporter; the file is replaced only
     * when the export is complete.
     *
     * @return how many records were written
     */
    public static int exportFile(Transaction transaction, Format format, Path file, IProgressMonitor monitor)
            throws IOException, StoreException {
        Exporter exporter;
        try {
            exporter = format.createExporter();
        } catch (CoreException | ClassCastException e) {
            throw failed(format, e);
        }
        Path folder = file.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(folder, "." + file.getFileName(), ".part"); //$NON-NLS-1$ //$NON-NLS-2$
        boolean done = false;
        try {
            int written;
            try (Writer output = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
                written = transaction.run(session -> {
                    try {
                        return exporter.write(session, output, monitor);
                    } catch (IOException e) {
                        throw new Abort(e);
                    } catch (RuntimeException | LinkageError e) {
                        if (e instanceof OperationCanceledException cancel) {
                            throw cancel;
                        }
                        throw new Abort(failed(format, e));
                    }
                });
            } catch (Abort abort) {
                if (abort.reason instanceof IOException e) {
                    throw e;
                }
                throw (StoreException) abort.reason;
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return written;
        } finally {
            if (!done) {
                Files.deleteIfExists(partial);
            }
        }
    }

    private static StoreException failed(Format format, Throwable e) {
        String message = NLS.bind(Messages.Exchange_ContributionFailed,
                new Object[] { format.name(), format.contributor(), String.valueOf(e.getMessage() == null ? e : e.getMessage()) });
        ILog.of(Exchange.class).log(Status.error(message, e));
        return new StoreException(message, e);
    }
}
