package dev.candor.app.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * A database server on loopback that accepts connections and never answers, as one does behind
 * a broken network or while it hangs; started before Candor's application, which is told to
 * open it ({@code candor.database}). Candor's window comes up while it waits for the answer.
 */
public final class SilentServer implements BundleActivator {

    private static volatile ServerSocket server;
    private static final List<Socket> ACCEPTED = new CopyOnWriteArrayList<>();

    @Override
    public void start(BundleContext context) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        System.setProperty("candor.database", location());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    ACCEPTED.add(server.accept()); // held open, never read, never answered
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent database server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Where Candor is told its database is. */
    static String location() {
        return "//127.0.0.1:" + server.getLocalPort() + "/candor";
    }

    /** How many connections Candor opened so far. */
    static int accepted() {
        return ACCEPTED.size();
    }

    @Override
    public void stop(BundleContext context) throws IOException {
        server.close();
        for (Socket socket : ACCEPTED) {
            socket.close();
        }
    }
}
