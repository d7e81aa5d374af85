package fazhi.testing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Clients that send the same request again and again, each as soon as its last answer came, until stopped. */
public final class Crowd {
    private final ExecutorService pool;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger sent = new AtomicInteger();
    private final List<Future<List<HttpResponse<String>>>> clients = new ArrayList<>();

    private Crowd(int size, Callable<HttpResponse<String>> request) {
        this.pool = Executors.newFixedThreadPool(size);
        for (int i = 0; i < size; i++) {
            clients.add(pool.submit(() -> {
                List<HttpResponse<String>> answers = new ArrayList<>();
                while (!stop.get()) {
                    sent.incrementAndGet();
                    answers.add(request.call());
                }
                return answers;
            }));
        }
    }

    /** Starts {@code size} clients, and returns once each has sent its first request. */
    public static Crowd start(int size, Callable<HttpResponse<String>> request) throws InterruptedException {
        Crowd crowd = new Crowd(size, request);
        while (crowd.sent.get() < size) {
            Thread.sleep(10);
        }
        return crowd;
    }

    /** Stops the clients, waits for their last answers and returns every answer. */
    public List<HttpResponse<String>> stop() throws Exception {
        stop.set(true);
        List<HttpResponse<String>> all = new ArrayList<>();
        try {
            for (Future<List<HttpResponse<String>>> f : clients) {
                all.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        return all;
    }

    /** The status of every answer, in no particular order. */
    public static List<Integer> statuses(List<HttpResponse<String>> answers) {
        return answers.stream().map(HttpResponse::statusCode).toList();
    }
}
