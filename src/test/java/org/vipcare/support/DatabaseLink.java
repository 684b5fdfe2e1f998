package org.vipcare.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP link between the service under test and the real PostgreSQL that a test can cut and restore: cut, every open
 * connection drops and new ones are refused, as when the database server dies; restored, it listens on the same port
 * again, as when the server is back. The database itself is never touched, so any installation of it will do.
 */
final class DatabaseLink implements DatabaseLinkMBean {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    DatabaseLink(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        restore();
    }

    @Override
    public int getPort() {
        return port;
    }

    /** Drops every connection and refuses new ones. */
    @Override
    public synchronized void cut() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing is all we want
        }
        open.forEach(DatabaseLink::closeQuietly);
        open.clear();
    }

    /** Listens again on the same port. */
    @Override
    public synchronized void restore() {
        if (listener != null && !listener.isClosed()) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + port, e);
        }
        ServerSocket current = listener;
        Thread accepting = new Thread(() -> accept(current), "database-link-" + port);
        accepting.setDaemon(true);
        accepting.start();
    }

    private void accept(ServerSocket current) {
        while (!current.isClosed()) {
            try {
                Socket client = current.accept();
                Socket server = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                return; // cut
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0;) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException ignored) {
                // one side went away: close both below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "database-link-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
