package org.minutebook.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Documents small on the wire and enormous unpacked, sent to the anonymous dry run: each is refused (413 too large,
 * or 422 when what remains is not minutes) without the heap growing by anything like the unpacked size, and a burst
 * of them leaves the service ready.
 */
@QuarkusTest
class DecompressionBombTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Far below the quarter-gigabyte each bomb unpacks to: what reading a document may cost at most. */
    private static final long HEAP_BUDGET = 200L * 1024 * 1024;

    private static byte[] docx;
    private static byte[] xlsxInDocx;
    private static byte[] pdf;

    @BeforeAll
    static void make() {
        docx = Bombs.docx();
        xlsxInDocx = Bombs.xlsxInDocx();
        pdf = Bombs.pdf();
    }

    @Test
    void shouldRefuseEachBombWithBoundedHeap() {
        assertThat(docx.length).as("the DOCX bomb on the wire").isLessThan(2 * 1024 * 1024);
        long before = heapPeakReset();
        assertThat(dryRun(docx, DOCX).statusCode()).isEqualTo(413);
        assertThat(dryRun(xlsxInDocx, DOCX).statusCode()).isEqualTo(422);
        assertThat(dryRun(pdf, "application/pdf").statusCode()).isIn(413, 422);
        assertThat(dryRun(Bombs.billionLaughs(), "text/html").statusCode()).isIn(413, 422);
        long peak = heapPeak();
        System.out.printf("decompression bombs: old generation %d MB before, peak %d MB%n", before >> 20,
                peak >> 20);
        assertThat(peak - before).as("heap growth while reading the bombs").isLessThan(HEAP_BUDGET);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void shouldSurviveABurstOfBombsInParallel() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                byte[] bomb = i % 2 == 0 ? docx : pdf;
                String type = i % 2 == 0 ? DOCX : "application/pdf";
                answers.add(pool.submit(() -> dryRun(bomb, type).statusCode()));
            }
            for (Future<Integer> a : answers) {
                assertThat(a.get()).isIn(413, 422, 503);
            }
        } finally {
            pool.shutdownNow();
        }
        given().get("/q/health/ready").then().statusCode(200);
        assertThat(dryRun(MinutesDocuments.utf8(MinutesDocuments.seed("ssp-2017-02-14.txt", "Bomb Aftermath")),
                "text/plain").statusCode()).isEqualTo(200);
    }

    private static Response dryRun(byte[] body, String type) {
        Response r = given().contentType(type).body(body).queryParam("dryRun", true).post("/api/meetings/import");
        if (r.statusCode() >= 400) {
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        return r;
    }

    private static long heapPeakReset() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (isOld(pool)) {
                pool.resetPeakUsage();
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    /**
     * The old generation: what survives collection. The young generation's peak is allocation churn, which says
     * nothing about whether a document was held whole.
     */
    private static boolean isOld(MemoryPoolMXBean pool) {
        return pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains(
                "Tenured"));
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (isOld(pool)) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
