package org.programmehealth.examples.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.programmehealth.AssessmentFormat;
import org.programmehealth.ProgrammeHealth;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: the web questionnaire, the programme and portfolio pages and the JSON API, until stopped (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the questionnaire as a web form (one link per respondent), the programme and portfolio pages"
                + " and a JSON API (POST /api/assess), until stopped with Ctrl-C.",
            "Everything is kept in one database file in the --data folder: every answer saved and every submission, never"
                + " overwritten. The organiser's link, printed at start, opens the portfolio: keep it private."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "the port to listen on (default: ${DEFAULT-VALUE}; 0 takes a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 opens it to the network")
    String host;

    @Option(names = "--data", paramLabel = "FOLDER", defaultValue = "programme-health-data",
            description = "the folder that holds the database file (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--requests-per-minute", defaultValue = "1200",
            description = "the most form saves and API calls one address may make in a minute (default: ${DEFAULT-VALUE})")
    int requestsPerMinute;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535, not " + port);
        }
        if (requestsPerMinute < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--requests-per-minute must be 1 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        Store store = Store.open(data);
        // the rules are built once the server answers: the questionnaire needs only the format's validator
        CompletableFuture<ProgrammeHealth> health = new CompletableFuture<>();
        ServeApp app = ServeApp.start(host, port, store, health, AssessmentFormat.defaults(), requestsPerMinute);
        Thread build = new Thread(() -> {
            try {
                health.complete(ProgrammeHealth.builder().wouldClear(true).build());
            } catch (RuntimeException | Error e) {
                health.completeExceptionally(e);
            }
        }, "programme-health-rules");
        build.setDaemon(true);
        build.start();
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port();
        out.println("Programme Health is serving on " + base + "/");
        out.println("The organiser's page (keep this link private): " + base + app.organiserPath());
        out.println("Answers are kept in " + store.file() + ". Stop with Ctrl-C.");
        ProcessHandle.current().info().startInstant().ifPresent(t -> out.println("Listening "
                + java.time.Duration.between(t, java.time.Instant.now()).toMillis() + " ms after the start."));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            store.close();
            stopped.countDown();
        }, "programme-health-stop"));
        stopped.await();
        return 0;
    }
}
