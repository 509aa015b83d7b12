package org.credalign.attainment.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.credalign.attainment.domain.RawRow;
import org.credalign.attainment.domain.RowReader;

/**
 * Reads rows on one thread while the caller validates and aggregates them on another, so parsing and the rules
 * use two cores. Rows travel in order, in small batches through a bounded queue: memory stays a few thousand rows
 * whatever the file size. A failure of the reader (e.g. broken JSON) is rethrown to the caller in its place in
 * the row order, after every row read before it.
 */
final class RowPipeline {

    private static final int BATCH = 512;
    private static final int BATCHES_IN_FLIGHT = 4;

    /** End of input, or the reader's failure. */
    private record End(RuntimeException failure) {
    }

    private RowPipeline() {
    }

    /** Feeds every row of {@code reader} to {@code consumer} in order; {@code onBatch} sees the running count. */
    static void run(RowReader reader, ExecutorService readers, Consumer<RawRow> consumer,
            java.util.function.LongConsumer onBatch) throws IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
        Future<?> producer = readers.submit(() -> {
            try {
                List<RawRow> batch = new ArrayList<>(BATCH);
                RawRow row;
                while ((row = reader.next()) != null) {
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        queue.put(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty()) {
                    queue.put(batch);
                }
                queue.put(new End(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                putQuietly(queue, new End(new java.io.UncheckedIOException(e)));
            } catch (RuntimeException e) {
                putQuietly(queue, new End(e));
            }
            return null;
        });
        long rows = 0;
        try {
            while (true) {
                Object item = queue.take();
                if (item instanceof End end) {
                    if (end.failure() instanceof java.io.UncheckedIOException io) {
                        throw io.getCause();
                    }
                    if (end.failure() != null) {
                        throw end.failure();
                    }
                    return;
                }
                @SuppressWarnings("unchecked")
                List<RawRow> batch = (List<RawRow>) item;
                for (RawRow row : batch) {
                    consumer.accept(row);
                }
                rows += batch.size();
                onBatch.accept(rows);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading rows", e);
        } finally {
            producer.cancel(true);
        }
    }

    private static void putQuietly(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
