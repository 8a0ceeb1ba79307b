package org.minutebook.meetings.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.minutebook.meetings.importer.MinutesParser;
import org.minutebook.meetings.record.MeetingRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The minutes parser on the seed documents, one thread. MB/s = document bytes / time per parse; the run command in
 * docs/BENCHMARKS.md prints both.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ParserBenchmark {

    @Param({"ssp-2011-07-05.txt", "ssp-2016-06-21.md", "ssp-2017-02-14.txt"})
    public String document;

    private final MinutesParser parser = new MinutesParser();
    private String text;

    @Setup
    public void load() throws IOException {
        Path samples = Path.of(System.getProperty("minutebook.samples", "../samples/minutes"));
        text = Files.readString(samples.resolve(document));
        System.out.printf("%n%s: %d bytes%n", document, text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Benchmark
    public MeetingRecord parse() {
        return parser.parse(text, null);
    }
}
