package fazhi.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * A lean load generator for HTTP figures: one kept-alive HTTP/1.1 connection over a plain blocking socket, used by
 * one thread. It writes a GET and reads the whole answer on the calling thread — status line, headers, and exactly
 * the body the headers announce ({@code Content-Length} or chunked) — and fails on any status but 200. Unlike the
 * JDK's {@code HttpClient}, which hands every exchange to its selector thread and back (about 0.7 ms of CPU per
 * request here, on the same two cores as the server), it adds no thread of its own, so what it times is the server
 * and the loopback. Not a general client: no redirects, no compression, no pipelining; the answer is read whole,
 * never skipped, so the server's full write is part of every timing.
 */
final class SocketClient implements AutoCloseable {
    private final InetSocketAddress address;
    private final String host;
    private final int timeoutMs;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    /** The status line and headers of the last answer, one per line. */
    private String lastHead = "";

    SocketClient(String host, int port, Duration timeout) {
        this.address = new InetSocketAddress(host, port);
        this.host = host + ":" + port;
        this.timeoutMs = (int) timeout.toMillis();
    }

    /**
     * The body of {@code GET target} ({@code target}: path and query, already percent-encoded), status 200. A kept
     * connection the server has closed meanwhile (it closes idle ones after 10 s) is replaced, and the request sent
     * again, as HTTP clients do for a GET.
     */
    byte[] get(String target) throws IOException {
        boolean kept = socket != null;
        try {
            return exchange(target);
        } catch (IOException e) {
            close();
            if (!kept) {
                throw e;
            }
            return exchange(target);
        }
    }

    private byte[] exchange(String target) throws IOException {
        connect();
        out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String status = line();
        StringBuilder head = new StringBuilder(status);
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            head.append('\n').append(h);
            int colon = h.indexOf(':');
            String name = h.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        lastHead = head.toString();
        byte[] body = chunked ? chunked() : length >= 0 ? exactly((int) length) : untilClosed();
        if (close || !chunked && length < 0) {
            close();
        }
        if (!status.startsWith("HTTP/1.1 200 ")) {
            throw new IllegalStateException(target + " answered " + status + ": "
                    + new String(body, StandardCharsets.UTF_8));
        }
        return body;
    }

    /** The status line and headers of the last answer. */
    String lastHead() {
        return lastHead;
    }

    private void connect() throws IOException {
        if (socket != null) {
            return;
        }
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address, timeoutMs);
        socket.setSoTimeout(timeoutMs);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    /** One header line, without its CRLF. */
    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed inside the headers");
            }
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }

    private byte[] exactly(int n) throws IOException {
        byte[] body = in.readNBytes(n);
        if (body.length != n) {
            throw new IOException("connection closed after " + body.length + " of " + n + " bytes");
        }
        return body;
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(exactly(size));
            line(); // the CRLF after the chunk
        }
        while (!line().isEmpty()) { // trailers, up to the empty line
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String l = line();
        int ext = l.indexOf(';');
        return Integer.parseInt((ext < 0 ? l : l.substring(0, ext)).trim(), 16);
    }

    private byte[] untilClosed() throws IOException {
        return in.readAllBytes();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
