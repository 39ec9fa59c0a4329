package news.timeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks in threads of their own that all start at one moment, as editors or instances acting together. */
public final class AtOnce {

    private AtOnce() {
    }

    /** What each task returned, in the tasks' order; a task's failure fails the call. */
    public static <T> List<T> run(List<Callable<T>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : running) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** {@code task} for each of {@code count} numbered actors, all at once. */
    public static <T> List<T> run(int count, Numbered<T> task) throws Exception {
        List<Callable<T>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            tasks.add(() -> task.call(n));
        }
        return run(tasks);
    }

    @FunctionalInterface
    public interface Numbered<T> {
        T call(int n) throws Exception;
    }
}
