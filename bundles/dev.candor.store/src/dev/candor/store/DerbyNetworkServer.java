package dev.candor.store;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Path;

import org.apache.derby.drda.NetworkServerControl;

/**
 * A Derby Network Server for teams sharing one Candor database. Databases are
 * created under {@code home}.
 *
 * @since 0.1
 */
public final class DerbyNetworkServer implements AutoCloseable {

    private final NetworkServerControl control;
    private final int port;

    private DerbyNetworkServer(NetworkServerControl control, int port) {
        this.control = control;
        this.port = port;
    }

    /**
     * Starts a server on {@code address}:{@code port} and waits until it
     * answers. {@code home} must be the same for every server in this JVM.
     */
    public static DerbyNetworkServer start(InetAddress address, int port, Path home) throws StoreException {
        String current = System.getProperty("derby.system.home");
        String wanted = home.toAbsolutePath().toString();
        if (current != null && !current.equals(wanted)) {
            throw new StoreException(org.eclipse.osgi.util.NLS.bind(dev.candor.store.internal.Messages.Server_HomeTaken, current, wanted));
        }
        System.setProperty("derby.system.home", wanted);
        try {
            NetworkServerControl control = new NetworkServerControl(address, port);
            StringWriter log = new StringWriter();
            control.start(new PrintWriter(log, true));
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (true) {
                try {
                    control.ping();
                    return new DerbyNetworkServer(control, port);
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new StoreException(org.eclipse.osgi.util.NLS.bind(dev.candor.store.internal.Messages.Server_NotStarted,
                                new Object[] { address.getHostAddress(), port, log }), notYet);
                    }
                    Thread.sleep(50); // polling a socket; there is no event to wait on
                }
            }
        } catch (StoreException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(org.eclipse.osgi.util.NLS.bind(dev.candor.store.internal.Messages.Server_StartFailed, port, e.getMessage()), e);
        }
    }

    public int getPort() {
        return port;
    }

    @Override
    public void close() {
        try {
            control.shutdown();
        } catch (Exception e) {
            // already down: nothing to release
        }
    }
}
