import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What one durable write costs on a disk: for a few seconds, appends a block to a file in the given folder and forces
 * it to the disk (FileChannel.force, fsync) after each, the way a database makes a commit durable; prints forced
 * writes per second and the median and p99 time of one. The inverse of the median is the ceiling of commits per second
 * for a database that forces once per commit and lets no two commits share a force.
 * Usage: java bench/FsyncRate.java FOLDER [seconds] [block-bytes]
 */
public class FsyncRate {
    public static void main(String[] args) throws IOException {
        Path file = Files.createTempFile(Path.of(args[0]), "fsync-rate", ".bin");
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 5;
        int block = args.length > 2 ? Integer.parseInt(args[2]) : 4096;
        ByteBuffer data = ByteBuffer.allocate(block);
        long[] times = new long[1 << 20];
        int n = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long start = System.nanoTime();
            while (System.nanoTime() < end && n < times.length) {
                long t = System.nanoTime();
                data.clear();
                channel.write(data);
                channel.force(false);
                times[n++] = System.nanoTime() - t;
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            java.util.Arrays.sort(times, 0, n);
            System.out.printf("%d-byte appends, each forced: %.0f/s, median %.3f ms, p99 %.3f ms (%d in %.1f s)%n",
                    block, n / elapsed, times[n / 2] / 1e6, times[(int) (n * 0.99)] / 1e6, n, elapsed);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
